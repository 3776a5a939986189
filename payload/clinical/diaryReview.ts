import type { Payload, Where } from 'payload'

import { analyseBlock, analyseSeries, type BlockAnalysis, type BlockInput, type CriteriaProfile, type SeriesAnalysis } from '../../lib/block-analysis'
import { diaryTimePoints, questionnaireSchema, DEFAULT_QUESTIONNAIRE } from '../../collections/QuestionnaireTemplates/questionnaire'
import { toBlockInput } from '../../lib/diary'
import type { Appointment, Diary, DiaryEntry, Patient, Procedure } from '../../payload-types'
import { loadCriteriaProfiles } from '../globals/BlockAnalysisSettings'
import type { Clinician } from '../queries/clinic'

type AsUser = { user: Clinician; overrideAccess: false }

export type ReviewedBlock = {
  diary: Diary
  appointment: Appointment
  entries: DiaryEntry[]
  input: BlockInput
  /** One analysis per criteria profile, in the clinic's profile order. */
  analyses: { profile: CriteriaProfile; block: BlockAnalysis }[]
}

export type DiaryReview = ReviewedBlock & {
  patient: Patient
  procedure: Procedure | null
  otherBlock: ReviewedBlock | null
  /** The series verdict per profile, over this block and the other block when there is one. */
  series: { profile: CriteriaProfile; series: SeriesAnalysis }[]
}

const relationId = (value: unknown): number | null =>
  typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value ? Number((value as { id: number }).id) : null

function questionnaireOf(diary: Diary) {
  const parsed = questionnaireSchema.safeParse(diary.questionnaire)
  return parsed.success ? parsed.data : DEFAULT_QUESTIONNAIRE
}

async function entriesOf(payload: Payload, diaryId: number, as: AsUser): Promise<DiaryEntry[]> {
  const { docs } = await payload.find({ collection: 'diary-entries', where: { diary: { equals: diaryId } }, limit: 200, depth: 0, sort: 'answeredAt', ...as })
  return docs
}

async function reviewBlock(payload: Payload, diary: Diary, appointment: Appointment, profiles: CriteriaProfile[], as: AsUser): Promise<ReviewedBlock> {
  const entries = await entriesOf(payload, diary.id, as)
  const input = toBlockInput(
    {
      baselineNrs: null,
      entries,
      blockTime: diary.blockTime ?? null,
      agent: appointment.agent,
      blockNumber: appointment.blockNumber,
    },
    diaryTimePoints(questionnaireOf(diary)),
  )
  return { diary, appointment, entries, input, analyses: profiles.map((profile) => ({ profile, block: analyseBlock(input, profile) })) }
}

/** The other block of the same series: same patient and procedure, the other block number, with a diary. */
async function findOtherBlock(payload: Payload, appointment: Appointment, profiles: CriteriaProfile[], as: AsUser): Promise<ReviewedBlock | null> {
  const { docs: appointments } = await payload.find({
    collection: 'appointments',
    where: {
      patient: { equals: relationId(appointment.patient) },
      procedure: { equals: relationId(appointment.procedure) },
      blockNumber: { not_equals: appointment.blockNumber },
      status: { not_equals: 'cancelled' },
    },
    sort: '-scheduledAt',
    limit: 5,
    depth: 0,
    ...as,
  })
  for (const other of appointments) {
    const { docs } = await payload.find({ collection: 'diaries', where: { appointment: { equals: other.id } }, limit: 1, depth: 0, ...as })
    if (docs[0]) return reviewBlock(payload, docs[0], other, profiles, as)
  }
  return null
}

/** Everything the specialist's review page shows for one diary, read with the specialist's own access. */
export async function loadDiaryReview(payload: Payload, clinician: Clinician, diaryId: number): Promise<DiaryReview | null> {
  const as: AsUser = { user: clinician, overrideAccess: false }
  const diary = await payload.findByID({ collection: 'diaries', id: diaryId, depth: 0, ...as }).catch(() => null)
  if (!diary) return null
  const appointment = await payload.findByID({ collection: 'appointments', id: relationId(diary.appointment)!, depth: 1, ...as })
  const patient = appointment.patient as Patient
  const procedure = typeof appointment.procedure === 'object' ? (appointment.procedure as Procedure) : null
  const profiles = await loadCriteriaProfiles(payload)
  const block = await reviewBlock(payload, diary, appointment, profiles, as)
  const otherBlock = await findOtherBlock(payload, appointment, profiles, as)
  const inputs = [block.input, ...(otherBlock ? [otherBlock.input] : [])]
  return {
    ...block,
    patient,
    procedure,
    otherBlock,
    series: profiles.map((profile) => ({ profile, series: analyseSeries(inputs, profile) })),
  }
}

export type QueueFilter = 'awaiting' | 'reviewed' | 'all'

export type QueueRow = {
  diaryId: number
  patientName: string
  procedureDate: string
  blockNumber: number
  agent: Appointment['agent']
  submittedAt: string | null
  decision: string | null
  suggestion: { profileName: string; verdict: BlockAnalysis['verdict'] } | null
}

/** Submitted diaries, oldest first, with the engine's suggestion under the clinic's first profile. */
export async function loadReviewQueue(payload: Payload, clinician: Clinician, filter: QueueFilter): Promise<QueueRow[]> {
  const as: AsUser = { user: clinician, overrideAccess: false }
  const reviewWhere: Where =
    filter === 'awaiting' ? { 'review.decision': { exists: false } } : filter === 'reviewed' ? { 'review.decision': { exists: true } } : {}
  const { docs } = await payload.find({
    collection: 'diaries',
    where: { status: { equals: 'submitted' }, ...reviewWhere },
    sort: 'submittedAt',
    limit: 100,
    depth: 0,
    ...as,
  })
  const profiles = await loadCriteriaProfiles(payload)
  const rows: QueueRow[] = []
  // One diary after another: each read is audited, and the queue stays gentle on the connection pool.
  for (const diary of docs) {
    const appointment = await payload.findByID({ collection: 'appointments', id: relationId(diary.appointment)!, depth: 1, ...as })
    const block = await reviewBlock(payload, diary, appointment, profiles.slice(0, 1), as)
    const first = block.analyses[0]
    rows.push({
      diaryId: diary.id,
      patientName: (appointment.patient as Patient).fullName,
      procedureDate: appointment.scheduledAt,
      blockNumber: appointment.blockNumber,
      agent: appointment.agent,
      submittedAt: diary.submittedAt ?? null,
      decision: diary.review?.decision ?? null,
      suggestion: first ? { profileName: first.profile.name, verdict: first.block.verdict } : null,
    })
  }
  return rows
}
