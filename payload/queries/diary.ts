import { findQuestionnaireFor } from '@/collections/QuestionnaireTemplates/findQuestionnaire'
import { questionnaireOfDiary, type Questionnaire } from '@/lib/diary'
import { diaryState, toDiaryEntry, type DiaryState, type DiaryStatus } from '@/collections/Diaries/state'
import type { Appointment, Diary } from '@/payload-types'
import { getPayloadClient } from './getPayloadClient'
import { actAs } from '../access'
import type { PortalPatient } from './portal'
import { localeOfPatient } from '../i18n/locale'
import { relationId } from '@/lib/relations'

async function myDiaries(patient: PortalPatient, appointmentIds: number[]): Promise<Diary[]> {
  if (appointmentIds.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'diaries',
    ...actAs(patient),
    where: { appointment: { in: appointmentIds } },
    depth: 0,
    pagination: false,
    joins: false,
  })
  return docs
}

export type DiaryView = { questionnaire: Questionnaire; state: DiaryState | null }

/** The patient's diary for their appointment as the page starts from: its questionnaire and answers (null before the first answer). */
export async function diaryViewFor(patient: PortalPatient, appointment: Appointment): Promise<DiaryView> {
  const payload = await getPayloadClient()
  const [diary] = await myDiaries(patient, [appointment.id])
  if (!diary) {
    const { questionnaire } = await findQuestionnaireFor(payload, relationId(appointment.procedure as number | { id: number }), undefined, localeOfPatient(patient))
    return { questionnaire, state: null }
  }
  const { docs } = await payload.find({
    collection: 'diary-entries',
    ...actAs(patient),
    where: { diary: { equals: diary.id } },
    sort: 'answeredAt',
    pagination: false,
    depth: 0,
  })
  return { questionnaire: questionnaireOfDiary(diary.questionnaire), state: diaryState(diary, docs.map(toDiaryEntry)) }
}

export type DiaryProgress = { status: DiaryStatus; answered: number; total: number; submittedAt: string | null }

/** How far the patient is with the diary of each of these appointments (absent: not started). */
export async function diaryProgressFor(patient: PortalPatient, appointmentIds: number[]): Promise<Map<number, DiaryProgress>> {
  const progress = new Map<number, DiaryProgress>()
  const diaries = await myDiaries(patient, appointmentIds)
  if (diaries.length === 0) return progress
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'diary-entries',
    ...actAs(patient),
    where: { diary: { in: diaries.map((diary) => diary.id) } },
    select: { diary: true },
    pagination: false,
    depth: 0,
  })
  for (const diary of diaries) {
    const appointmentId = relationId(diary.appointment as number | { id: number })
    if (appointmentId === null) continue
    const answered = docs.filter((entry) => relationId(entry.diary as number | { id: number }) === diary.id).length
    const total = questionnaireOfDiary(diary.questionnaire).timePoints.length
    progress.set(appointmentId, { status: diary.status, answered, total, submittedAt: diary.submittedAt ?? null })
  }
  return progress
}
