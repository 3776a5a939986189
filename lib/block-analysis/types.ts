/**
 * Types of the block analysis engine. Framework-free: no Payload, React or Next imports.
 * See README.md beside this file for the rules.
 */

export type AnaestheticAgent = 'lidocaine' | 'bupivacaine' | 'other'

export const ANAESTHETIC_AGENTS: readonly AnaestheticAgent[] = ['lidocaine', 'bupivacaine', 'other']

/** One pain-diary answer, as the patient gave it. */
export interface DiaryEntryInput {
  /** Minutes since the block was given. Negative values (before the block) are ignored. */
  minutesAfterBlock: number
  /** Pain score 0-10 during the provoking activity. Null (not answered) is ignored. */
  nrs: number | null
  /** The patient's own estimate of relief. Shown beside the computed value, never used to decide. */
  reportedReliefPercent?: number | null
  activity?: string | null
  /** Pain medicines the patient took since the previous answer: relief then may not be the block's alone. */
  medicines?: string | null
}

/** One block of a series with its diary. */
export interface BlockInput {
  /** Pain score 0-10 of the usual pain during the provoking activity, just before the block. */
  baselineNrs: number | null
  entries: readonly DiaryEntryInput[]
  agent: AnaestheticAgent
  /** 1 for the first block of a series, 2 for the confirming block, ... */
  blockNumber: number
}

export type ExpectedMinimumHours = Readonly<Record<AnaestheticAgent, number>>

/** A set of criteria that turns the measurements of a block into a verdict. Editable in the CMS. */
export interface CriteriaProfile {
  id: string
  name: string
  /** Relief (in %) a block must reach to count, e.g. 80 or 50. */
  reliefThresholdPercent: number
  /** How many positive blocks the series needs. */
  blocksRequired: 1 | 2
  /** Whether relief at or above the threshold must last at least the agent's expected minimum. */
  durationMustFitAgent: boolean
  expectedMinimumHours: ExpectedMinimumHours
  /** Fewer scored time points than this make a block indeterminate. */
  minimumEntries: number
}

export type Verdict = 'positive' | 'negative' | 'indeterminate'

/** One usable time point, after cleaning, sorted by time. */
export interface ReliefPoint {
  minutesAfterBlock: number
  nrs: number
  /** (baseline - nrs) / baseline * 100, clamped to [-100, 100], 1 decimal. Null without a usable baseline. */
  reliefPercent: number | null
  atOrAboveThreshold: boolean
  reportedReliefPercent: number | null
  activity: string | null
  medicines: string | null
}

/** Counts of diary entries left out of the computation, by cause. */
export interface IgnoredEntryCounts {
  withoutScore: number
  beforeBlock: number
  invalidValue: number
  replacedDuplicate: number
}

export interface BlockAnalysis {
  blockNumber: number
  agent: AnaestheticAgent
  profileId: string
  reliefThresholdPercent: number
  baselineNrs: number | null
  points: ReliefPoint[]
  ignored: IgnoredEntryCounts
  peakReliefPercent: number | null
  peakReliefMinutes: number | null
  /** First time point at or above the threshold. */
  onsetMinutes: number | null
  durationAtThresholdMinutes: number
  durationAtThresholdHours: number
  expectedMinimumHours: number
  durationFitsAgent: boolean
  verdict: Verdict
  /** Plain-language explanation of the verdict, for the specialist. */
  reasons: string[]
}

export interface SeriesAnalysis {
  profileId: string
  blocksRequired: 1 | 2
  verdict: Verdict
  reasons: string[]
  /** One analysis per block, sorted by block number. */
  blocks: BlockAnalysis[]
  /** Comparison of the first two blocks, when there are at least two. */
  concordance: ConcordanceResult | null
}

export type ConcordanceStatus = 'concordant' | 'discordant' | 'not-applicable'

export interface ConcordanceResult {
  bothPositive: boolean
  status: ConcordanceStatus
  lidocaineDurationHours: number | null
  bupivacaineDurationHours: number | null
  reasons: string[]
}
