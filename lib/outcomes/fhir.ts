import type {
  Coding,
  Extension,
  Observation,
  ObservationComponent,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from 'fhir/r4'
import { APPOINTMENT_IDENTIFIER_SYSTEM } from '../fhir/codes'
import { fhirDateTime, fhirId } from '../fhir/primitives'
import type { AnswerSet, Instrument, InstrumentItem } from './instruments'
import type { Change, Score } from './scoring'

/** FHIR R4 exports of outcome answers and scores (rule 8 of README.md beside this file). */

/** Code system of the portal's instrument scores (no standard code is assumed for a clinic-entered instrument). */
export const OUTCOME_SCORE_SYSTEM = 'urn:spine-portal:outcome-score'
/** The plan point an answer set belongs to ('6-weeks'), on the QuestionnaireResponse and Observations. */
export const FOLLOW_UP_POINT_EXTENSION_URL = 'urn:spine-portal:extension:follow-up-point'
export const CONTAINED_OUTCOME_QUESTIONNAIRE_ID = 'outcome-questionnaire'

const UCUM_SYSTEM = 'http://unitsofmeasure.org'
const SURVEY_CATEGORY: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/observation-category',
  code: 'survey',
  display: 'Survey',
}

export interface OutcomeContext {
  patient: { id: string | number; name: string }
  /** The ablation appointment the follow-up belongs to (a logical reference, as for diaries). */
  ablationAppointmentId: string | number
  pointKey: string
}

export interface AnswerSetExport extends OutcomeContext {
  id: string | number
  instrument: Instrument
  /** Canonical URL of the instrument; becomes the contained Questionnaire's `url`. */
  questionnaireUrl: string
  answeredAt: Date | string
  answers: AnswerSet
}

export interface ScoreExport extends OutcomeContext {
  /** Base id; per-item observations get '<id>-<item id>'. */
  id: string | number
  /** The QuestionnaireResponse id the score was computed from. */
  answerSetId: string | number
  instrument: Instrument
  effectiveAt: Date | string
  score: Score
  /** Change of the total from the baseline, when there is one. */
  change?: Change | null
}

function optionSystem(instrument: Instrument, item: InstrumentItem): string {
  return `urn:spine-portal:instrument:${instrument.id}:${item.id}`
}

function optionCoding(instrument: Instrument, item: InstrumentItem, value: number): Coding {
  const label = item.scale.kind === 'options' ? item.scale.options.find((option) => option.value === value)?.label : undefined
  return { system: optionSystem(instrument, item), code: String(value), ...(label ? { display: label } : {}) }
}

function questionnaireItem(instrument: Instrument, item: InstrumentItem): QuestionnaireItem {
  const common = { linkId: item.id, text: item.text, required: item.required }
  if (item.scale.kind === 'options') {
    return {
      ...common,
      type: 'choice',
      answerOption: item.scale.options.map((option) => ({ valueCoding: optionCoding(instrument, item, option.value) })),
    }
  }
  return {
    ...common,
    type: 'integer',
    extension: [
      { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: item.scale.min },
      { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: item.scale.max },
    ],
  }
}

function containedQuestionnaire(answerSet: AnswerSetExport): Questionnaire {
  const { instrument } = answerSet
  return {
    resourceType: 'Questionnaire',
    id: CONTAINED_OUTCOME_QUESTIONNAIRE_ID,
    url: answerSet.questionnaireUrl,
    title: instrument.name,
    status: 'active',
    subjectType: ['Patient'],
    copyright: `${instrument.source} ${instrument.licence}`,
    item: instrument.items.map((item) => questionnaireItem(instrument, item)),
  }
}

function responseItem(instrument: Instrument, item: InstrumentItem, value: number): QuestionnaireResponseItem {
  const answer = item.scale.kind === 'options' ? { valueCoding: optionCoding(instrument, item, value) } : { valueInteger: value }
  return { linkId: item.id, text: item.text, answer: [answer] }
}

function patientReference(context: OutcomeContext): Reference {
  return { reference: `Patient/${fhirId(context.patient.id, 'patient')}`, display: context.patient.name }
}

function encounterReference(context: OutcomeContext): Reference {
  return {
    identifier: { system: APPOINTMENT_IDENTIFIER_SYSTEM, value: String(context.ablationAppointmentId) },
    display: 'Radiofrequency ablation',
  }
}

function pointExtension(context: OutcomeContext): Extension[] {
  return [{ url: FOLLOW_UP_POINT_EXTENSION_URL, valueString: context.pointKey }]
}

/**
 * An outcome answer set as a FHIR R4 QuestionnaireResponse (completed: an answer set is stored once
 * and read-only after). The instrument travels as a contained Questionnaire, as the diary export does.
 */
export function answerSetToQuestionnaireResponse(answerSet: AnswerSetExport): QuestionnaireResponse {
  const { instrument, answers } = answerSet
  const patient = patientReference(answerSet)
  const unknown = Object.keys(answers).filter((key) => !instrument.items.some((item) => item.id === key))
  if (unknown.length > 0) throw new Error(`Answers to unknown items: ${unknown.join(', ')}.`)
  return {
    resourceType: 'QuestionnaireResponse',
    id: fhirId(answerSet.id, 'answer set'),
    extension: pointExtension(answerSet),
    contained: [containedQuestionnaire(answerSet)],
    questionnaire: `#${CONTAINED_OUTCOME_QUESTIONNAIRE_ID}`,
    status: 'completed',
    subject: patient,
    encounter: encounterReference(answerSet),
    authored: fhirDateTime(answerSet.answeredAt, 'answer time'),
    author: patient,
    source: patient,
    item: instrument.items
      .filter((item) => typeof answers[item.id] === 'number')
      .map((item) => responseItem(instrument, item, answers[item.id])),
  }
}

/** A UCUM quantity: a score is dimensionless ('{score}'), a change in percent is '%'. */
function quantity(value: number, code: '{score}' | '%' = '{score}') {
  return { value, unit: code === '%' ? '%' : 'score', system: UCUM_SYSTEM, code }
}

function changeComponents(change: Change | null | undefined): ObservationComponent[] {
  if (!change) return []
  const components: ObservationComponent[] = [
    {
      code: { coding: [{ system: OUTCOME_SCORE_SYSTEM, code: 'change-from-baseline', display: 'Change from baseline' }] },
      valueQuantity: quantity(change.absolute),
    },
  ]
  if (change.percent !== null) {
    components.push({
      code: { coding: [{ system: OUTCOME_SCORE_SYSTEM, code: 'change-from-baseline-percent', display: 'Change from baseline (%)' }] },
      valueQuantity: quantity(change.percent, '%'),
    })
  }
  return components
}

function baseObservation(score: ScoreExport, id: string, code: Coding): Observation {
  return {
    resourceType: 'Observation',
    id: fhirId(id, 'score'),
    extension: pointExtension(score),
    status: 'final',
    category: [{ coding: [{ ...SURVEY_CATEGORY }] }],
    code: { coding: [code], text: code.display },
    subject: patientReference(score),
    encounter: encounterReference(score),
    effectiveDateTime: fhirDateTime(score.effectiveAt, 'score time'),
    derivedFrom: [{ reference: `QuestionnaireResponse/${fhirId(score.answerSetId, 'answer set')}` }],
  }
}

/**
 * The scores of an answer set as FHIR R4 Observations: one for the total of a sum or mean
 * instrument (with the change from baseline as components), or one per item for per-item scoring
 * (an option answer as a coded value).
 */
export function scoreToObservations(score: ScoreExport): Observation[] {
  const { instrument } = score
  if (score.score.total !== null) {
    const code = { system: OUTCOME_SCORE_SYSTEM, code: instrument.id, display: `${instrument.name} score` }
    const components = changeComponents(score.change)
    return [
      {
        ...baseObservation(score, String(score.id), code),
        valueQuantity: quantity(score.score.total),
        ...(components.length > 0 ? { component: components } : {}),
      },
    ]
  }
  return instrument.items
    .filter((item) => typeof score.score.items[item.id] === 'number')
    .map((item) => {
      const value = score.score.items[item.id]
      const code = { system: OUTCOME_SCORE_SYSTEM, code: `${instrument.id}.${item.id}`, display: `${instrument.name}: ${item.shortLabel}` }
      const observation = baseObservation(score, `${score.id}-${item.id}`, code)
      return item.scale.kind === 'options'
        ? { ...observation, valueCodeableConcept: { coding: [optionCoding(instrument, item, value)] } }
        : { ...observation, valueInteger: value }
    })
}
