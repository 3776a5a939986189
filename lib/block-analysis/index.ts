/** Block analysis engine: pure, framework-free. Rules in README.md beside this file. */
export type {
  AnaestheticAgent,
  BlockAnalysis,
  BlockInput,
  ConcordanceResult,
  ConcordanceStatus,
  CriteriaProfile,
  DiaryEntryInput,
  ExpectedMinimumHours,
  IgnoredEntryCounts,
  ReliefPoint,
  SeriesAnalysis,
  Verdict,
} from './types'
export { ANAESTHETIC_AGENTS } from './types'
export type { ScoredEntry } from './analyse'
export {
  analyseBlock,
  analyseSeries,
  compareBlockAnalyses,
  computeReliefPercent,
  concordance,
  describeBaselineProblem,
  normaliseEntries,
} from './analyse'
export type { CriteriaProfileInput } from './profiles'
export {
  DEFAULT_CRITERIA_PROFILES,
  DEFAULT_EXPECTED_MINIMUM_HOURS,
  DEFAULT_MINIMUM_ENTRIES,
  MEDICARE_LCD_PROFILE,
  MULTISOCIETY_2020_PROFILE,
  criteriaProfileSchema,
  findDefaultProfile,
  parseCriteriaProfile,
} from './profiles'
