/** Block analysis engine: pure, framework-free. Rules and their sources in README.md beside this file. */
export type {
  AnaestheticAgent,
  BlockAnalysis,
  BlockFlag,
  BlockInput,
  ConcordanceResult,
  ConcordanceStatus,
  CriteriaProfile,
  DiaryEntryInput,
  DurationStatus,
  ExpectedMinimumHours,
  FlagKind,
  IgnoredEntryCounts,
  OpenEnd,
  PerAgent,
  PreBlockMedicine,
  ReliefEpisode,
  ReliefPoint,
  SeriesAnalysis,
  Verdict,
} from './types'
export { ANAESTHETIC_AGENTS } from './types'
export type { CombinedFlag, ScoredEntry } from './analyse'
export {
  analyseBlock,
  analyseSeries,
  combineFlags,
  compareBlockAnalyses,
  computeReliefPercent,
  concordance,
  describeBaselineProblem,
  formatDuration,
  normaliseEntries,
} from './analyse'
export type { CriteriaProfileInput } from './profiles'
export {
  DEFAULT_BRIDGE_GAP_MINUTES,
  DEFAULT_CRITERIA_PROFILES,
  DEFAULT_EXPECTED_MAXIMUM_HOURS,
  DEFAULT_EXPECTED_MINIMUM_HOURS,
  DEFAULT_MINIMUM_ENTRIES,
  DEFAULT_NO_PAINKILLER_WINDOW_HOURS,
  DEFAULT_ONSET_WINDOW_MINUTES,
  DEFAULT_REPORTED_RELIEF_DISAGREEMENT_POINTS,
  MEDICARE_LCD_PROFILE,
  MULTISOCIETY_2020_PROFILE,
  criteriaProfileSchema,
  findDefaultProfile,
  parseCriteriaProfile,
} from './profiles'
