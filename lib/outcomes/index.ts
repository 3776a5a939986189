/** Outcomes after radiofrequency ablation: pure, framework-free. Rules and sources in README.md beside this file. */
export type {
  AnswerScale,
  AnswerSet,
  BetterDirection,
  ImprovementRule,
  Instrument,
  InstrumentInput,
  InstrumentItem,
  NumericScale,
  OptionsScale,
  ScaleOption,
  ScoringRule,
} from './instruments'
export {
  BETTER_DIRECTIONS,
  DEFAULT_IMPROVEMENT_THRESHOLD_PERCENT,
  PEG_INSTRUMENT,
  PGIC_INSTRUMENT,
  SCORING_RULES,
  SHIPPED_INSTRUMENTS,
  answerSetSchema,
  findShippedInstrument,
  instrumentSchema,
  isOnScale,
  parseAnswerSet,
  parseInstrument,
} from './instruments'
export type { Change, ChangeDirection, Improvement, ImprovementStatus, Score } from './scoring'
export {
  answerLabel,
  compareWithBaseline,
  describeItemsForPatient,
  describeScoreForPatient,
  formatScore,
  roundTo,
  judgeImprovement,
  scoreAnswers,
} from './scoring'
export type { FollowUpPlan, FollowUpPoint, FollowUpState, FollowUpStatus, OffsetUnit, ScheduledFollowUp } from './schedule'
export {
  DEFAULT_FOLLOW_UP_PLAN,
  OFFSET_UNITS,
  currentFollowUp,
  followUpPlanSchema,
  followUpStates,
  isAnswerable,
  scheduleFollowUps,
} from './schedule'
export type { BenefitDuration, FollowUpObservation, PatientSeries, SurvivalCurve, SurvivalStep } from './survival'
export { benefitDuration, benefitSurvival, kaplanMeier } from './survival'
export type {
  CohortAblation,
  CohortBlock,
  CohortFollowUp,
  CohortInput,
  CohortSummary,
  PointOutcome,
  ProfileShare,
} from './cohort'
export { cohortRows, median, summariseCohort } from './cohort'
export type { CsvCell } from './csv'
export { csvCell, toCsv } from './csv'
export type { AnswerSetExport, OutcomeContext, ScoreExport } from './fhir'
export {
  CONTAINED_OUTCOME_QUESTIONNAIRE_ID,
  FOLLOW_UP_POINT_EXTENSION_URL,
  OUTCOME_SCORE_SYSTEM,
  answerSetToQuestionnaireResponse,
  scoreToObservations,
} from './fhir'
export type { AnswerableCheck, FollowUpInput, PointQuestionnaire, StoredAnswerSet } from './followUp'
export { checkAnswerable, followUpQuestionnaires, reliefDuration } from './followUp'
export type { PeriodQuery } from './period'
export { parsePeriod } from './period'
