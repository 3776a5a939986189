import type { AnswerSet, Instrument } from './instruments'
import { followUpStates, scheduleFollowUps, type FollowUpPlan, type FollowUpStatus } from './schedule'
import { benefitDuration, type BenefitDuration } from './survival'
import { describeScoreForPatient, judgeImprovement, scoreAnswers, type Improvement, type Score } from './scoring'

/**
 * One patient's follow-up after one ablation, questionnaire by questionnaire (rule 10 of README.md
 * beside this file): what is due, what was answered, each score against the baseline. The portal's
 * to-dos and pages, the collection's "only a due point" check and the specialist's time line all
 * read this one list.
 */

export interface StoredAnswerSet {
  id: string | number
  pointKey: string
  instrumentId: string
  answeredAt: Date
  answers: AnswerSet
}

export interface PointQuestionnaire {
  pointKey: string
  label: string
  baseline: boolean
  instrument: Instrument
  /** `answered` once this instrument was answered at this point, else the point's window state. */
  status: FollowUpStatus
  opensAt: Date
  dueAt: Date
  closesAt: Date
  answer: StoredAnswerSet | null
  score: Score | null
  /** Against the baseline, for points after the ablation; null at the baseline and when unanswered. */
  improvement: Improvement | null
  /** The patient's own words for the score ("Your pain score (PEG) is down from 7 to 3 since the ablation."). */
  patientSummary: string | null
}

export interface FollowUpInput {
  /** When the ablation is (or was) booked; null while no ablation appointment is booked: nothing is due. */
  ablationAt: Date | null
  plan: FollowUpPlan
  instruments: readonly Instrument[]
  answers: readonly StoredAnswerSet[]
  now: Date
  /** The clinic's time zone: due times are wall-clock times there. */
  timeZone: string
  /** The clinic's threshold for change-from-baseline instruments (e.g. 30); default each instrument's own. */
  thresholdPercent?: number
}

/** Every (point, instrument) pair of the plan in plan order, with its state and, once answered, its score. */
export function followUpQuestionnaires(input: FollowUpInput): PointQuestionnaire[] {
  if (!input.ablationAt) return []
  const instruments = new Map(input.instruments.map((instrument) => [instrument.id, instrument]))
  const baselineKey = input.plan.points.find((point) => point.timing.kind === 'baseline')?.key ?? null
  const answerOf = (pointKey: string, instrumentId: string) =>
    input.answers.find((answer) => answer.pointKey === pointKey && answer.instrumentId === instrumentId) ?? null
  const schedule = scheduleFollowUps(input.ablationAt, input.plan, input.timeZone)
  const states = followUpStates(schedule, {}, input.now)
  return states.flatMap((state) =>
    state.instrumentIds.flatMap((instrumentId) => {
      const instrument = instruments.get(instrumentId)
      if (!instrument) return []
      const answer = answerOf(state.key, instrumentId)
      const isBaseline = state.key === baselineKey
      const score = answer ? scoreAnswers(instrument, answer.answers) : null
      const baselineAnswer = baselineKey && !isBaseline ? answerOf(baselineKey, instrumentId) : null
      const baselineScore = baselineAnswer ? scoreAnswers(instrument, baselineAnswer.answers) : null
      const threshold = instrument.improvement.rule === 'change-from-baseline' ? input.thresholdPercent : undefined
      return [
        {
          pointKey: state.key,
          label: state.label,
          baseline: isBaseline,
          instrument,
          status: answer ? 'answered' : state.status,
          opensAt: state.opensAt,
          dueAt: state.dueAt,
          closesAt: state.closesAt,
          answer,
          score,
          improvement: score && !isBaseline ? judgeImprovement(instrument, score, baselineScore, threshold) : null,
          patientSummary: score ? describeScoreForPatient(instrument, score, isBaseline ? null : baselineScore) : null,
        } satisfies PointQuestionnaire,
      ]
    }),
  )
}

/** The questionnaire a patient may answer now for this point and instrument, or why not. */
export type AnswerableCheck =
  | { ok: true; questionnaire: PointQuestionnaire }
  | { ok: false; reason: 'unknown' | 'answered' | 'not-yet-open' | 'closed' | 'no-ablation-booked'; message: string }

export function checkAnswerable(questionnaires: readonly PointQuestionnaire[], pointKey: string, instrumentId: string, ablationBooked: boolean): AnswerableCheck {
  if (!ablationBooked) return { ok: false, reason: 'no-ablation-booked', message: 'Follow-up questionnaires open once the ablation is booked.' }
  const questionnaire = questionnaires.find((candidate) => candidate.pointKey === pointKey && candidate.instrument.id === instrumentId)
  if (!questionnaire) return { ok: false, reason: 'unknown', message: 'This follow-up does not ask that questionnaire at that point.' }
  switch (questionnaire.status) {
    case 'answered':
      return { ok: false, reason: 'answered', message: 'You have already answered this questionnaire. Answers cannot be changed once sent.' }
    case 'upcoming':
      return { ok: false, reason: 'not-yet-open', message: 'This questionnaire is not open yet.' }
    case 'closed':
      return { ok: false, reason: 'closed', message: 'This questionnaire has closed: it can no longer be answered.' }
    default:
      return { ok: true, questionnaire }
  }
}

/**
 * When relief ended, if it did (rule 6 on one patient): from the follow-ups of the instrument that
 * draws the duration of benefit (default PEG). Null when the patient never improved.
 */
export function reliefDuration(questionnaires: readonly PointQuestionnaire[], ablationAt: Date, instrumentId = 'peg'): BenefitDuration | null {
  const observations = questionnaires.flatMap((questionnaire) =>
    questionnaire.instrument.id === instrumentId && questionnaire.answer && questionnaire.improvement
      ? [{ days: (questionnaire.answer.answeredAt.getTime() - ablationAt.getTime()) / 86_400_000, status: questionnaire.improvement.status }]
      : [],
  )
  return benefitDuration({ id: instrumentId, observations })
}
