import type { Payload, Where } from 'payload'
import { nullUnlessUnavailable } from '@/payload/http/endpoint'

import { analyseBlock, analyseSeries, combineFlags, type BlockAnalysis, type BlockInput, type CombinedFlag, type CriteriaProfile, type SeriesAnalysis } from '@/lib/block-analysis'
import { diaryTimePoints, questionnaireOfDiary } from '@/lib/diary'
import { isBaseline, toBlockInput } from '@/lib/diary'
import type { Appointment, Diary, DiaryEntry, Patient, Procedure } from '@/payload-types'
import type { ClinicFormats } from '@/lib/dates'
import { loadCriteriaProfiles } from '../globals/BlockAnalysisSettings'
import { loadClinicFormats } from '../globals/clinicFormats'
import type { Clinician } from './clinician'
import { relationId } from '@/lib/relations'
import { actAs, asSystem } from '../access'

type AsUser = ReturnType<typeof actAs<Clinician>>

export type ReviewedBlock = {
  diary: Diary
  appointment: Appointment
  entries: DiaryEntry[]
  /** The answer given just before the block (pain, activity, medicines already taken), if any. */
  baselineEntry: DiaryEntry | null
  input: BlockInput
  /** One analysis per criteria profile, in the clinic's profile order. */
  analyses: { profile: CriteriaProfile; block: BlockAnalysis }[]
  /** What makes this block hard to read, each once, across the profiles. */
  flags: CombinedFlag[]
}

export type DiaryReview = ReviewedBlock & {
  /** The clinic's time zone and date wording, for the page and the summary PDF. */
  formats: ClinicFormats
  patient: Patient
  procedure: Procedure | null
  otherBlock: ReviewedBlock | null
  /** The series verdict per profile, over this block and the other block when there is one. */
  series: { profile: CriteriaProfile; series: SeriesAnalysis }[]
  /** Who recorded the decision, by name. */
  reviewerName: string | null
}


async function entriesOf(payload: Payload, diaryId: number, as: AsUser): Promise<DiaryEntry[]> {
  const { docs } = await payload.find({ collection: 'diary-entries', where: { diary: { equals: diaryId } }, limit: 200, depth: 0, sort: 'answeredAt', ...as })
  return docs
}

function analyseReviewedBlock(diary: Diary, appointment: Appointment, entries: DiaryEntry[], profiles: CriteriaProfile[], timeZone: string): ReviewedBlock {
  const timePoints = diaryTimePoints(questionnaireOfDiary(diary.questionnaire))
  const baselineKeys = new Set(timePoints.filter(isBaseline).map((point) => point.key))
  const input = toBlockInput(
    {
      baselineNrs: null,
      entries,
      blockTime: diary.blockTime ?? null,
      agent: appointment.agent,
      blockNumber: appointment.blockNumber,
    },
    timePoints,
    timeZone,
  )
  const baselineEntry = entries.find((entry) => baselineKeys.has(entry.timePointKey)) ?? null
  const analyses = profiles.map((profile) => ({ profile, block: analyseBlock(input, profile) }))
  return { diary, appointment, entries, baselineEntry, input, analyses, flags: combineFlags(analyses) }
}

async function reviewBlock(payload: Payload, diary: Diary, appointment: Appointment, profiles: CriteriaProfile[], timeZone: string, as: AsUser): Promise<ReviewedBlock> {
  return analyseReviewedBlock(diary, appointment, await entriesOf(payload, diary.id, as), profiles, timeZone)
}

/** The other block of the same series: same patient and procedure, the other block number, with a diary. */
async function findOtherBlock(payload: Payload, appointment: Appointment, profiles: CriteriaProfile[], timeZone: string, as: AsUser): Promise<ReviewedBlock | null> {
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
    if (docs[0]) return reviewBlock(payload, docs[0], other, profiles, timeZone, as)
  }
  return null
}

/**
 * The name of the colleague who recorded the decision. Staff may read only their own user record, so
 * this reads the one name field as the system, for someone who may already see the diary's review.
 */
async function reviewerNameOf(payload: Payload, diary: Diary): Promise<string | null> {
  const id = relationId(diary.review?.reviewedBy)
  if (!id) return null
  const user = await payload.findByID({ collection: 'users', id, depth: 0, select: { name: true }, ...asSystem }).catch(nullUnlessUnavailable)
  return user?.name ?? null
}

/** Everything the specialist's review page shows for one diary, read with the specialist's own access. */
export async function loadDiaryReview(payload: Payload, clinician: Clinician, diaryId: number): Promise<DiaryReview | null> {
  const as: AsUser = { ...actAs(clinician) }
  const diary = await payload.findByID({ collection: 'diaries', id: diaryId, depth: 0, ...as }).catch(nullUnlessUnavailable)
  if (!diary) return null
  const appointment = await payload.findByID({ collection: 'appointments', id: relationId(diary.appointment)!, depth: 1, ...as })
  const patient = appointment.patient as Patient
  const procedure = typeof appointment.procedure === 'object' ? (appointment.procedure as Procedure) : null
  const [profiles, formats] = await Promise.all([loadCriteriaProfiles(payload), loadClinicFormats(payload)])
  const { timeZone } = formats
  const block = await reviewBlock(payload, diary, appointment, profiles, timeZone, as)
  const otherBlock = await findOtherBlock(payload, appointment, profiles, timeZone, as)
  const inputs = [block.input, ...(otherBlock ? [otherBlock.input] : [])]
  return {
    ...block,
    formats,
    patient,
    procedure,
    otherBlock,
    series: profiles.map((profile) => ({ profile, series: analyseSeries(inputs, profile) })),
    reviewerName: await reviewerNameOf(payload, diary),
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
  /** How many things make the block hard to read (across the clinic's profiles). */
  flagCount: number
}

/** What analysing many diaries needs, in three reads for the lot (besides the settings): the clinic's profiles and time zone, each diary's appointment and its entries. */
async function loadDiaryContext(payload: Payload, diaries: Diary[], as: AsUser, appointmentDepth: 0 | 1) {
  const [profiles, { timeZone }, appointments, entries] = await Promise.all([
    loadCriteriaProfiles(payload),
    loadClinicFormats(payload),
    payload.find({ collection: 'appointments', where: { id: { in: diaries.map((diary) => relationId(diary.appointment)) } }, pagination: false, depth: appointmentDepth, ...as }),
    payload.find({ collection: 'diary-entries', where: { diary: { in: diaries.map((diary) => diary.id) } }, pagination: false, depth: 0, sort: 'answeredAt', ...as }),
  ])
  const appointmentById = new Map(appointments.docs.map((appointment) => [appointment.id, appointment]))
  const entriesByDiary = new Map<number, DiaryEntry[]>()
  for (const entry of entries.docs) {
    const diaryId = relationId(entry.diary)!
    entriesByDiary.set(diaryId, [...(entriesByDiary.get(diaryId) ?? []), entry])
  }
  return {
    profiles,
    timeZone,
    appointmentOf: (diary: Diary) => appointmentById.get(relationId(diary.appointment)!),
    entriesOfDiary: (diary: Diary) => entriesByDiary.get(diary.id) ?? [],
  }
}

/** Submitted diaries, oldest first, with the engine's suggestion under the clinic's first profile. */
export async function loadReviewQueue(payload: Payload, clinician: Clinician, filter: QueueFilter): Promise<QueueRow[]> {
  const as: AsUser = { ...actAs(clinician) }
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
  if (docs.length === 0) return []
  // Three reads for the whole queue (diaries, their appointments with patients, their entries), not three per row.
  const { profiles, timeZone, appointmentOf, entriesOfDiary } = await loadDiaryContext(payload, docs, as, 1)
  return docs.flatMap((diary) => {
    const appointment = appointmentOf(diary)
    if (!appointment) return []
    const reviewed = analyseReviewedBlock(diary, appointment, entriesOfDiary(diary), profiles, timeZone)
    const first = reviewed.analyses[0]
    return [
      {
        diaryId: diary.id,
        patientName: (appointment.patient as Patient).fullName,
        procedureDate: appointment.scheduledAt,
        blockNumber: appointment.blockNumber,
        agent: appointment.agent,
        submittedAt: diary.submittedAt ?? null,
        decision: diary.review?.decision ?? null,
        suggestion: first ? { profileName: first.profile.name, verdict: first.block.verdict } : null,
        flagCount: reviewed.flags.length,
      },
    ]
  })
}

/** Diaries matching `where`, each analysed under the clinic's profiles, read with the clinician's access. Three reads for the lot. */
export async function loadReviewedBlocks(payload: Payload, clinician: Clinician, where: Where): Promise<ReviewedBlock[]> {
  const as: AsUser = { ...actAs(clinician) }
  const { docs } = await payload.find({ collection: 'diaries', where, sort: 'blockTime', pagination: false, depth: 0, ...as })
  if (docs.length === 0) return []
  const { profiles, timeZone, appointmentOf, entriesOfDiary } = await loadDiaryContext(payload, docs, as, 0)
  return docs.flatMap((diary) => {
    const appointment = appointmentOf(diary)
    return appointment && appointment.status !== 'cancelled' ? [analyseReviewedBlock(diary, appointment, entriesOfDiary(diary), profiles, timeZone)] : []
  })
}

/** Every submitted diary whose block falls in [from, to): the blocks of the outcomes page. */
export function loadBlocksInPeriod(payload: Payload, clinician: Clinician, period: { from: Date; to: Date }): Promise<ReviewedBlock[]> {
  return loadReviewedBlocks(payload, clinician, {
    status: { equals: 'submitted' },
    blockTime: { greater_than_equal: period.from.toISOString(), less_than: period.to.toISOString() },
  })
}
