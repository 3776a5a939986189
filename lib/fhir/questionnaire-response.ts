import type {
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4'
import {
  APPOINTMENT_IDENTIFIER_SYSTEM,
  BLOCK_ANALYSIS_FLAG_EXTENSION_URL,
  PAIN_SEVERITY_NRS_CODING,
  PAIN_SEVERITY_NRS_DEFINITION,
} from './codes'
import { fhirDateTime, fhirId } from './primitives'

export interface DiaryExportEntry {
  timePointKey: string
  label: string
  /** Null for the baseline. */
  minutesAfterBlock: number | null
  nrs: number | null
  reliefPercent?: number | null
  activity?: string | null
  medicines?: string | null
  /** When the patient answered; left out of the export when unknown. */
  answeredAt?: Date | string | null
}

export interface DiaryExport {
  id: string | number
  status: 'in-progress' | 'submitted'
  authoredAt: Date | string
  patient: { id: string | number; name: string }
  appointmentId: string | number
  /** Canonical URL of the diary questionnaire (template); becomes the contained Questionnaire's `url`. */
  questionnaireUrl: string
  blockTime: Date | string | null
  baselineNrs: number | null
  entries: readonly DiaryExportEntry[]
  /** The block analysis's flags (lib/block-analysis `combineFlags`); exported as extensions. */
  flags?: readonly { kind: string; message: string; profileNames?: readonly string[] | null }[]
}

/** id of the contained Questionnaire; `QuestionnaireResponse.questionnaire` is '#' + this. */
export const CONTAINED_QUESTIONNAIRE_ID = 'diary-questionnaire'
export const BLOCK_TIME_LINK_ID = 'block-time'
const BASELINE_LINK_ID = 'baseline'

/** One question of a time point group: how it is asked, and how its answer is written. */
interface Question {
  suffix: string
  text: string
  type: QuestionnaireItem['type']
  answer: (entry: DiaryExportEntry) => QuestionnaireResponseItemAnswer | null
  coded?: boolean
  readOnly?: boolean
}

function textAnswer(value: string | null | undefined): QuestionnaireResponseItemAnswer | null {
  const text = value?.trim()
  return text ? { valueString: text } : null
}

function integerAnswer(value: number | null | undefined): QuestionnaireResponseItemAnswer | null {
  return typeof value === 'number' && Number.isInteger(value) ? { valueInteger: value } : null
}

const QUESTIONS: readonly Question[] = [
  {
    suffix: 'nrs',
    text: 'Pain score (0-10) during the activity that usually provokes the pain',
    type: 'integer',
    answer: (entry) => integerAnswer(entry.nrs),
    coded: true,
  },
  { suffix: 'relief', text: 'Relief (%)', type: 'integer', answer: (entry) => integerAnswer(entry.reliefPercent) },
  { suffix: 'activity', text: 'Activity', type: 'string', answer: (entry) => textAnswer(entry.activity) },
  { suffix: 'medicines', text: 'Medicines taken', type: 'text', answer: (entry) => textAnswer(entry.medicines) },
  {
    suffix: 'minutes-after-block',
    text: 'Minutes after the block',
    type: 'integer',
    answer: (entry) => integerAnswer(entry.minutesAfterBlock),
    readOnly: true,
  },
  {
    suffix: 'answered-at',
    text: 'Time of the answer',
    type: 'dateTime',
    answer: (entry) =>
      entry.answeredAt ? { valueDateTime: fhirDateTime(entry.answeredAt, `answer time of "${entry.timePointKey}"`) } : null,
  },
]

function childLinkId(entry: DiaryExportEntry, question: Question): string {
  return `${entry.timePointKey}.${question.suffix}`
}

function codedParts(question: Question): Pick<QuestionnaireItem, 'code' | 'definition'> {
  return question.coded ? { code: [{ ...PAIN_SEVERITY_NRS_CODING }], definition: PAIN_SEVERITY_NRS_DEFINITION } : {}
}

function responseChild(entry: DiaryExportEntry, question: Question): QuestionnaireResponseItem | null {
  const answer = question.answer(entry)
  if (!answer) return null
  const definition = question.coded ? { definition: PAIN_SEVERITY_NRS_DEFINITION } : {}
  return { linkId: childLinkId(entry, question), text: question.text, ...definition, answer: [answer] }
}

function responseGroup(entry: DiaryExportEntry): QuestionnaireResponseItem {
  const item = QUESTIONS.map((question) => responseChild(entry, question)).filter(
    (child): child is QuestionnaireResponseItem => child !== null,
  )
  return { linkId: entry.timePointKey, text: entry.label, item }
}

function questionnaireGroup(entry: DiaryExportEntry): QuestionnaireItem {
  const item: QuestionnaireItem[] = QUESTIONS.map((question) => ({
    linkId: childLinkId(entry, question),
    text: question.text,
    type: question.type,
    ...codedParts(question),
    ...(question.readOnly ? { readOnly: true } : {}),
  }))
  return { linkId: entry.timePointKey, text: entry.label, type: 'group', item }
}

const blockTimeQuestion: QuestionnaireItem = { linkId: BLOCK_TIME_LINK_ID, text: 'Time of the block', type: 'dateTime' }

/** Baseline first, then by minutes after the block; input order breaks ties. */
function sortEntries(entries: readonly DiaryExportEntry[]): DiaryExportEntry[] {
  const rank = (entry: DiaryExportEntry) => entry.minutesAfterBlock ?? -1
  return [...entries].sort((a, b) => rank(a) - rank(b))
}

/** The diary's entries, with a baseline entry made from `baselineNrs` when the entries have none. */
function entriesWithBaseline(diary: DiaryExport): DiaryExportEntry[] {
  const hasBaseline = diary.entries.some((entry) => entry.minutesAfterBlock === null)
  if (hasBaseline || diary.baselineNrs === null) return sortEntries(diary.entries)
  const baseline: DiaryExportEntry = {
    timePointKey: BASELINE_LINK_ID,
    label: 'Just before the block',
    minutesAfterBlock: null,
    nrs: diary.baselineNrs,
  }
  return sortEntries([baseline, ...diary.entries])
}

function assertUniqueKeys(entries: readonly DiaryExportEntry[]): void {
  const keys = entries.map((entry) => entry.timePointKey)
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index)
  if (duplicate !== undefined) throw new Error(`The diary has two entries for time point "${duplicate}"; merge them first.`)
  if (keys.includes(BLOCK_TIME_LINK_ID)) throw new Error(`"${BLOCK_TIME_LINK_ID}" cannot be a time point key.`)
}

function containedQuestionnaire(diary: DiaryExport, entries: readonly DiaryExportEntry[]): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: CONTAINED_QUESTIONNAIRE_ID,
    url: diary.questionnaireUrl,
    title: 'Pain diary after a medial branch block',
    status: 'active',
    subjectType: ['Patient'],
    item: [blockTimeQuestion, ...entries.map(questionnaireGroup)],
  }
}

function blockTimeItem(blockTime: Date | string | null): QuestionnaireResponseItem[] {
  if (blockTime === null) return []
  return [{ linkId: BLOCK_TIME_LINK_ID, text: blockTimeQuestion.text, answer: [{ valueDateTime: fhirDateTime(blockTime, 'block time') }] }]
}

function flagExtensions(flags: DiaryExport['flags']): { extension?: Extension[] } {
  if (!flags || flags.length === 0) return {}
  return {
    extension: flags.map((flag) => ({
      url: BLOCK_ANALYSIS_FLAG_EXTENSION_URL,
      extension: [
        { url: 'kind', valueCode: flag.kind },
        { url: 'message', valueString: flag.message },
        ...(flag.profileNames ?? []).map((name) => ({ url: 'profile', valueString: name })),
      ],
    })),
  }
}

/**
 * A pain diary as a FHIR R4 QuestionnaireResponse. The questions it answers travel with it as a
 * contained Questionnaire (`questionnaire` = '#diary-questionnaire', whose `url` is
 * `questionnaireUrl`), where the NRS items carry `code` LOINC 72514-3. R4 response items have no
 * `code`, so each NRS answer item also carries `definition` 'http://loinc.org/72514-3'. The block
 * analysis's flags travel as extensions (`BLOCK_ANALYSIS_FLAG_EXTENSION_URL`).
 * See README.md for the layout.
 */
export function diaryToQuestionnaireResponse(diary: DiaryExport): QuestionnaireResponse {
  const entries = entriesWithBaseline(diary)
  assertUniqueKeys(entries)
  const patientReference = { reference: `Patient/${fhirId(diary.patient.id, 'patient')}`, display: diary.patient.name }
  return {
    resourceType: 'QuestionnaireResponse',
    id: fhirId(diary.id, 'diary'),
    ...flagExtensions(diary.flags),
    contained: [containedQuestionnaire(diary, entries)],
    questionnaire: `#${CONTAINED_QUESTIONNAIRE_ID}`,
    status: diary.status === 'submitted' ? 'completed' : 'in-progress',
    subject: patientReference,
    encounter: {
      identifier: { system: APPOINTMENT_IDENTIFIER_SYSTEM, value: String(diary.appointmentId) },
      display: 'Appointment for the block',
    },
    authored: fhirDateTime(diary.authoredAt, 'diary time'),
    author: patientReference,
    source: patientReference,
    item: [...blockTimeItem(diary.blockTime), ...entries.map(responseGroup)],
  }
}
