/**
 * Types of the block analysis engine. Framework-free: no Payload, React or Next imports.
 * See README.md beside this file for the rules and their sources.
 */

export type AnaestheticAgent = 'lidocaine' | 'bupivacaine' | 'other'

export const ANAESTHETIC_AGENTS: readonly AnaestheticAgent[] = ['lidocaine', 'bupivacaine', 'other']

/** One pain-diary answer, as the patient gave it. */
export interface DiaryEntryInput {
  /** Minutes since the block was given. Negative values (before the block) are ignored. */
  minutesAfterBlock: number
  /** Pain score 0-10 during the provoking activity. Null (not answered) is ignored. */
  nrs: number | null
  /** The patient's own estimate of relief. Compared with the computed figure (a flag), never used to decide. */
  reportedReliefPercent?: number | null
  activity?: string | null
  /** Pain medicines the patient took since the previous answer: relief then may not be the block's alone. */
  medicines?: string | null
}

/** A pain medicine the patient reported taking before the block (the baseline answer). */
export interface PreBlockMedicine {
  text: string
  /** How long before the block it was taken; null when the patient gave no time the diary could read. */
  minutesBeforeBlock: number | null
}

/** One block of a series with its diary. */
export interface BlockInput {
  /** Pain score 0-10 of the usual pain during the provoking activity, just before the block. */
  baselineNrs: number | null
  entries: readonly DiaryEntryInput[]
  agent: AnaestheticAgent
  /** 1 for the first block of a series, 2 for the confirming block, ... */
  blockNumber: number
  /** Pain medicines reported before the block; checked against the no-painkiller window. */
  preBlockMedicines?: readonly PreBlockMedicine[]
  /** Minutes of the diary's scheduled time points after the block, to name the answers that were missed. */
  scheduledMinutes?: readonly number[]
}

/** A number per anaesthetic agent (hours or minutes, as the field name says). */
export type PerAgent = Readonly<Record<AnaestheticAgent, number>>
export type ExpectedMinimumHours = PerAgent

/** A set of criteria that turns the measurements of a block into a verdict. Editable in the CMS. */
export interface CriteriaProfile {
  id: string
  name: string
  /** Where the criteria come from, e.g. "Medicare LCD L38803". Shown beside each verdict. */
  source: string
  /** Where they apply, e.g. "United States (Medicare)". Shown beside each verdict. */
  jurisdiction: string
  /** Relief (in %) a block must reach to count, e.g. 80 or 50. */
  reliefThresholdPercent: number
  /** How many positive blocks the series needs. */
  blocksRequired: 1 | 2
  /** Whether relief at or above the threshold must last at least the agent's expected minimum. */
  durationMustFitAgent: boolean
  /** Rule 5: the documented window must reach this to be consistent with the agent. */
  expectedMinimumHours: PerAgent
  /** Rule 5: relief documented beyond this is more than the agent explains (a flag). */
  expectedMaximumHours: PerAgent
  /** Rule 4: relief first seen later than this after the block is late onset. */
  onsetWindowMinutes: PerAgent
  /** Rule 2: a gap between answers longer than this ends what the diary documents. */
  bridgeGapMinutes: number
  /** Rule 9: pain medicines taken within this many hours before the block are flagged. */
  noPainkillerWindowHours: number
  /** Rule 9: the patient's own % relief this many points or more from the computed figure is flagged. */
  reportedReliefDisagreementPoints: number
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

/** Why the top of the documented window is not known. */
export type OpenEnd = 'diary-ends-in-relief' | 'gap-in-diary'

/**
 * Rules 2 and 3: the first episode of relief at or above the threshold, timed from the block.
 * Its duration is an interval: at least `atLeastMinutes`, at most `atMostMinutes` (null: unknown).
 */
export interface ReliefEpisode {
  /** First answer at or above the threshold. */
  firstMinutes: number
  /** Last answer at or above the threshold that the diary documents without a long gap. */
  atLeastMinutes: number
  /** The answer that shows pain back (below the threshold); null when the top is unknown. */
  atMostMinutes: number | null
  /** Why the top is unknown, when it is. */
  openEnd: OpenEnd | null
  /** Answers after the episode that reach the threshold again: reported, never added. */
  returnedReliefMinutes: number[]
}

export type DurationStatus = 'met' | 'not-met' | 'indeterminate'

export type FlagKind =
  | 'pre-block-analgesic'
  | 'low-baseline'
  | 'reported-relief-disagrees'
  | 'medicines-during-relief'
  | 'late-onset'
  | 'relief-longer-than-agent'
  | 'relief-returned'

/** Rule 9: something that makes a block hard to read, for the specialist to weigh. */
export interface BlockFlag {
  kind: FlagKind
  message: string
}

export interface BlockAnalysis {
  blockNumber: number
  agent: AnaestheticAgent
  profileId: string
  reliefThresholdPercent: number
  baselineNrs: number | null
  points: ReliefPoint[]
  /** Scheduled time points (minutes after the block) with no usable answer. */
  missedMinutes: number[]
  ignored: IgnoredEntryCounts
  peakReliefPercent: number | null
  peakReliefMinutes: number | null
  /** First time point at or above the threshold. */
  onsetMinutes: number | null
  /** Rule 4: relief first reached the threshold after the agent's onset window, or after an unbridged gap. */
  onsetIsLate: boolean
  episode: ReliefEpisode | null
  expectedMinimumHours: number
  expectedMaximumHours: number
  durationStatus: DurationStatus | null
  /** The window in plain words, e.g. "at least 80% relief from 15 min to at least 1 h; pain back by the 2 h answer". */
  windowText: string | null
  flags: BlockFlag[]
  verdict: Verdict
  /** Plain-language explanation of the verdict, for the specialist. */
  reasons: string[]
}

export type ConcordanceStatus = 'concordant' | 'discordant' | 'indeterminate' | 'not-applicable'

export interface ConcordanceResult {
  /** Rule 6: both blocks reached the relief threshold (the duration rule plays no part). */
  bothReachedThreshold: boolean
  status: ConcordanceStatus
  reasons: string[]
}

export interface SeriesAnalysis {
  profileId: string
  blocksRequired: 1 | 2
  verdict: Verdict
  /** Rule 7: a one-block profile whose other block is negative. */
  discordantBlocks: boolean
  reasons: string[]
  /** One analysis per block, sorted by block number. */
  blocks: BlockAnalysis[]
  /** Comparison of the first two blocks, when there are at least two. */
  concordance: ConcordanceResult | null
}
