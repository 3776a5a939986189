/** Post-block pain diary: schedule, states, validation, merging and analysis input. See README.md. */
export type {
  AnsweredTimePoint,
  DiaryReminder,
  DiaryTimePoint,
  ScheduledTimePoint,
  TimePointState,
  TimePointWithState,
} from './types'
export {
  BASELINE_KEY,
  DEFAULT_TIME_POINTS,
  DEFAULT_WINDOW_MINUTES,
  NEXT_MORNING_KEY,
  NEXT_MORNING_TIME,
  findUnknownTimePointKeys,
  isBaseline,
} from './time-points'
export type { DiaryStateOptions, TimePointStateInput } from './schedule'
export { BASELINE_OPENS_HOURS_BEFORE, baselineOpensAt, diarySchedule, diaryStates, nextReminder, timePointState } from './schedule'
export type { DiaryAutosave, DiaryEntry, DiaryEntryInputData } from './schema'
export { MAX_AUTOSAVE_ENTRIES, diaryAutosaveSchema, diaryEntrySchema } from './schema'
export type { MergeableEntry } from './merge'
export { mergeEntries } from './merge'
export type { DiaryForAnalysis } from './block-input'
export { minutesBeforeBlock, toBlockInput } from './block-input'
export type { OptionalQuestion, Questionnaire, QuestionnaireTimePoint, QuestionnaireWording, TemplateTimePointRow, TimePointKind } from './questionnaire'
export {
  DEFAULT_QUESTIONNAIRE,
  OPTIONAL_QUESTIONS,
  TIME_POINT_KINDS,
  asksQuestion,
  diaryTimePoints,
  fromTemplateRow,
  questionnaireOfDiary,
  questionnaireSchema,
  toTemplateRow,
} from './questionnaire'
