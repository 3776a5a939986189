import type {
  AnaestheticAgent,
  BlockAnalysis,
  BlockInput,
  ConcordanceResult,
  CriteriaProfile,
  DiaryEntryInput,
  IgnoredEntryCounts,
  ReliefPoint,
  SeriesAnalysis,
  Verdict,
} from './types'

/** The rules are described in README.md beside this file. */

const MAX_NRS = 10
const RELIEF_LIMIT_PERCENT = 100

type Profile = Readonly<CriteriaProfile>

/** A diary entry that has a usable score and time. */
export interface ScoredEntry {
  minutesAfterBlock: number
  nrs: number
  reportedReliefPercent: number | null
  activity: string | null
  medicines: string | null
}

interface Judgement {
  verdict: Verdict
  reasons: string[]
}

// ---------------------------------------------------------------------------------------------
// Wording helpers

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

function formatNumber(value: number, decimals: number): string {
  const factor = 10 ** decimals
  return String(Math.round(value * factor) / factor + 0)
}

function formatPercent(percent: number): string {
  return `${formatNumber(percent, 1)}%`
}

function formatHours(hours: number): string {
  const text = formatNumber(hours, 2)
  return `${text} ${text === '1' ? 'hour' : 'hours'}`
}

function formatMinutes(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return plural(minutes / 60, 'hour')
  return `${formatNumber(minutes, 1)} ${minutes === 1 ? 'minute' : 'minutes'}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// ---------------------------------------------------------------------------------------------
// Entries and relief

function isValidScore(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= MAX_NRS
}

function optionalNumber(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function emptyIgnoredCounts(): IgnoredEntryCounts {
  return { withoutScore: 0, beforeBlock: 0, invalidValue: 0, replacedDuplicate: 0 }
}

function classifyEntry(entry: DiaryEntryInput): keyof IgnoredEntryCounts | 'usable' {
  if (entry.nrs === null || entry.nrs === undefined) return 'withoutScore'
  if (!Number.isFinite(entry.minutesAfterBlock) || !isValidScore(entry.nrs)) return 'invalidValue'
  if (entry.minutesAfterBlock < 0) return 'beforeBlock'
  return 'usable'
}

function toScoredEntry(entry: DiaryEntryInput): ScoredEntry {
  return {
    minutesAfterBlock: entry.minutesAfterBlock + 0, // turns -0 into 0
    nrs: entry.nrs as number,
    reportedReliefPercent: optionalNumber(entry.reportedReliefPercent),
    activity: typeof entry.activity === 'string' ? entry.activity : null,
    medicines: typeof entry.medicines === 'string' && entry.medicines.trim() !== '' ? entry.medicines : null,
  }
}

/**
 * Keeps the entries that can be computed: a score 0-10, a time at or after the block.
 * When several usable entries share a time point, the last one given wins. Sorted by time.
 */
export function normaliseEntries(entries: readonly DiaryEntryInput[]): {
  entries: ScoredEntry[]
  ignored: IgnoredEntryCounts
} {
  const ignored = emptyIgnoredCounts()
  const byMinute = new Map<number, ScoredEntry>()
  for (const entry of entries) {
    const kind = classifyEntry(entry)
    if (kind !== 'usable') {
      ignored[kind] += 1
      continue
    }
    const scored = toScoredEntry(entry)
    if (byMinute.has(scored.minutesAfterBlock)) ignored.replacedDuplicate += 1
    byMinute.set(scored.minutesAfterBlock, scored)
  }
  const sorted = [...byMinute.values()].sort((a, b) => a.minutesAfterBlock - b.minutesAfterBlock)
  return { entries: sorted, ignored }
}

/** (baseline - nrs) / baseline * 100, clamped to [-100, 100], rounded to 1 decimal. Baseline must be > 0. */
export function computeReliefPercent(baselineNrs: number, nrs: number): number {
  const tenthsOfPercent = ((baselineNrs - nrs) * 1000) / baselineNrs
  const clamped = Math.min(RELIEF_LIMIT_PERCENT * 10, Math.max(-RELIEF_LIMIT_PERCENT * 10, tenthsOfPercent))
  return (Math.round(clamped) + 0) / 10
}

/** Null when the baseline can be used; otherwise the reason it cannot. */
export function describeBaselineProblem(baselineNrs: number | null | undefined): string | null {
  if (baselineNrs === null || baselineNrs === undefined) {
    return 'Baseline pain score is missing, so relief cannot be computed.'
  }
  if (!isValidScore(baselineNrs)) {
    return `Baseline pain score ${baselineNrs} is outside the 0-10 scale, so relief cannot be computed.`
  }
  if (baselineNrs === 0) {
    return 'Baseline pain score is 0, so there was no pain to relieve and relief cannot be computed.'
  }
  return null
}

function toReliefPoint(
  entry: ScoredEntry,
  baselineNrs: number | null,
  thresholdPercent: number,
): ReliefPoint {
  const reliefPercent = baselineNrs === null ? null : computeReliefPercent(baselineNrs, entry.nrs)
  return {
    ...entry,
    reliefPercent,
    atOrAboveThreshold: reliefPercent !== null && reliefPercent >= thresholdPercent,
  }
}

// ---------------------------------------------------------------------------------------------
// Metrics

function findPeak(points: readonly ReliefPoint[]): { percent: number; minutes: number } | null {
  let peak: { percent: number; minutes: number } | null = null
  for (const point of points) {
    if (point.reliefPercent === null) continue
    if (peak === null || point.reliefPercent > peak.percent) {
      peak = { percent: point.reliefPercent, minutes: point.minutesAfterBlock }
    }
  }
  return peak
}

function findOnsetMinutes(points: readonly ReliefPoint[]): number | null {
  return points.find((point) => point.atOrAboveThreshold)?.minutesAfterBlock ?? null
}

/** Sums the time between consecutive entries that are both at or above the threshold. */
function sumMinutesAtOrAboveThreshold(points: readonly ReliefPoint[]): number {
  let minutes = 0
  for (let i = 1; i < points.length; i += 1) {
    const [earlier, later] = [points[i - 1], points[i]]
    if (earlier.atOrAboveThreshold && later.atOrAboveThreshold) {
      minutes += later.minutesAfterBlock - earlier.minutesAfterBlock
    }
  }
  return minutes
}

function durationFits(minutes: number, expectedHours: number): boolean {
  return minutes >= expectedHours * 60
}

// ---------------------------------------------------------------------------------------------
// Verdict of one block

interface BlockFacts {
  agent: AnaestheticAgent
  baselineProblem: string | null
  pointCount: number
  peak: { percent: number; minutes: number } | null
  onsetMinutes: number | null
  durationMinutes: number
  expectedHours: number
}

const indeterminate = (reasons: string[]): Judgement => ({ verdict: 'indeterminate', reasons })
const negative = (reasons: string[]): Judgement => ({ verdict: 'negative', reasons })
const positive = (reasons: string[]): Judgement => ({ verdict: 'positive', reasons })

function tooFewEntriesReason(count: number, minimum: number): string {
  const needed = `at least ${minimum} ${minimum === 1 ? 'is' : 'are'} needed to decide.`
  if (count === 0) return `No diary entry with a pain score was recorded; ${needed}`
  const recorded = `${plural(count, 'diary entry', 'diary entries')} with a pain score ${count === 1 ? 'was' : 'were'}`
  return `Only ${recorded} recorded; ${needed}`
}

function reachedThresholdReasons(facts: BlockFacts, threshold: number): string[] {
  const peak = facts.peak as { percent: number; minutes: number }
  const reasons = [
    `Peak relief ${formatPercent(peak.percent)} reached the ${formatPercent(threshold)} threshold.`,
    `Peak relief was recorded at ${formatMinutes(peak.minutes)}; relief first reached the threshold at ${formatMinutes(facts.onsetMinutes ?? peak.minutes)}.`,
  ]
  const hours = formatHours(facts.durationMinutes / 60)
  reasons.push(
    `Relief stayed at or above ${formatPercent(threshold)} for ${hours}, counting only the time between consecutive entries that were both at or above it.`,
  )
  return reasons
}

function judgeDuration(facts: BlockFacts, profile: Profile, reasons: string[]): Judgement {
  const expected = `the expected minimum of ${formatHours(facts.expectedHours)} for ${facts.agent}`
  if (!profile.durationMustFitAgent) {
    return positive([...reasons, `${profile.name} does not require the duration to fit the anaesthetic.`])
  }
  if (durationFits(facts.durationMinutes, facts.expectedHours)) {
    return positive([...reasons, `That meets ${expected}.`])
  }
  return negative([
    ...reasons,
    `That is shorter than ${expected}, so the relief does not fit the anaesthetic.`,
  ])
}

function judgeBlock(facts: BlockFacts, profile: Profile): Judgement {
  if (facts.baselineProblem) return indeterminate([facts.baselineProblem])
  const minimumEntries = Math.max(1, profile.minimumEntries)
  if (facts.pointCount < minimumEntries) {
    return indeterminate([tooFewEntriesReason(facts.pointCount, minimumEntries)])
  }
  const threshold = profile.reliefThresholdPercent
  const peak = facts.peak as { percent: number; minutes: number }
  if (peak.percent < threshold) {
    return negative([
      `Peak relief ${formatPercent(peak.percent)} stayed below the ${formatPercent(threshold)} threshold.`,
    ])
  }
  return judgeDuration(facts, profile, reachedThresholdReasons(facts, threshold))
}

function ignoredEntriesReasons(ignored: IgnoredEntryCounts): string[] {
  const notes: string[] = []
  if (ignored.withoutScore)
    notes.push(`${plural(ignored.withoutScore, 'entry', 'entries')} without a pain score`)
  if (ignored.beforeBlock)
    notes.push(`${plural(ignored.beforeBlock, 'entry', 'entries')} timed before the block`)
  if (ignored.invalidValue)
    notes.push(`${plural(ignored.invalidValue, 'entry', 'entries')} with a value outside the scale`)
  if (ignored.replacedDuplicate) {
    notes.push(
      `${plural(ignored.replacedDuplicate, 'earlier entry', 'earlier entries')} at an already used time point (the last one given was kept)`,
    )
  }
  return notes.length ? [`Ignored: ${notes.join('; ')}.`] : []
}

/** Computes relief, peak, onset and duration of one block and judges it against a profile. */
export function analyseBlock(block: BlockInput, profile: Profile): BlockAnalysis {
  const baselineProblem = describeBaselineProblem(block.baselineNrs)
  const usableBaseline = baselineProblem === null ? block.baselineNrs : null
  const threshold = profile.reliefThresholdPercent
  const { entries, ignored } = normaliseEntries(block.entries)
  const points = entries.map((entry) => toReliefPoint(entry, usableBaseline, threshold))
  const facts: BlockFacts = {
    agent: block.agent,
    baselineProblem,
    pointCount: points.length,
    peak: findPeak(points),
    onsetMinutes: findOnsetMinutes(points),
    durationMinutes: sumMinutesAtOrAboveThreshold(points),
    expectedHours: profile.expectedMinimumHours[block.agent],
  }
  const judgement = judgeBlock(facts, profile)
  return {
    blockNumber: block.blockNumber,
    agent: block.agent,
    profileId: profile.id,
    reliefThresholdPercent: threshold,
    baselineNrs: block.baselineNrs,
    points,
    ignored,
    peakReliefPercent: facts.peak?.percent ?? null,
    peakReliefMinutes: facts.peak?.minutes ?? null,
    onsetMinutes: facts.onsetMinutes,
    durationAtThresholdMinutes: facts.durationMinutes,
    durationAtThresholdHours: Math.round((facts.durationMinutes / 60) * 100) / 100,
    expectedMinimumHours: facts.expectedHours,
    durationFitsAgent: durationFits(facts.durationMinutes, facts.expectedHours),
    verdict: judgement.verdict,
    reasons: [...judgement.reasons, ...ignoredEntriesReasons(ignored)],
  }
}

// ---------------------------------------------------------------------------------------------
// Concordance of two blocks

function describeBlock(analysis: BlockAnalysis): string {
  return `block ${analysis.blockNumber} (${analysis.agent})`
}

function findAgent(analyses: readonly BlockAnalysis[], agent: AnaestheticAgent): BlockAnalysis | undefined {
  return analyses.find((analysis) => analysis.agent === agent)
}

function compareAgentDurations(
  lidocaine: BlockAnalysis,
  bupivacaine: BlockAnalysis,
): ConcordanceResult['status'] {
  return bupivacaine.durationAtThresholdMinutes > lidocaine.durationAtThresholdMinutes
    ? 'concordant'
    : 'discordant'
}

function durationComparisonReason(lidocaine: BlockAnalysis, bupivacaine: BlockAnalysis): string {
  const bupivacaineHours = formatHours(bupivacaine.durationAtThresholdMinutes / 60)
  const lidocaineHours = formatHours(lidocaine.durationAtThresholdMinutes / 60)
  if (compareAgentDurations(lidocaine, bupivacaine) === 'concordant') {
    return `Concordant: bupivacaine relief lasted ${bupivacaineHours}, longer than lidocaine relief (${lidocaineHours}), as expected from the longer-acting anaesthetic.`
  }
  return `Discordant: bupivacaine relief lasted ${bupivacaineHours}, not longer than lidocaine relief (${lidocaineHours}), which does not match the expected difference between the anaesthetics.`
}

/** Compares two analysed blocks: both positive, and bupivacaine relief longer than lidocaine relief. */
export function compareBlockAnalyses(first: BlockAnalysis, second: BlockAnalysis): ConcordanceResult {
  const pair = [first, second]
  const lidocaine = findAgent(pair, 'lidocaine')
  const bupivacaine = findAgent(pair, 'bupivacaine')
  const isComparativePair = lidocaine !== undefined && bupivacaine !== undefined
  const bothPositive = pair.every((analysis) => analysis.verdict === 'positive')
  const result: ConcordanceResult = {
    bothPositive,
    status: 'not-applicable',
    lidocaineDurationHours: lidocaine && isComparativePair ? lidocaine.durationAtThresholdHours : null,
    bupivacaineDurationHours: bupivacaine && isComparativePair ? bupivacaine.durationAtThresholdHours : null,
    reasons: [],
  }
  if (!bothPositive) {
    const notPositive = pair.filter((analysis) => analysis.verdict !== 'positive')
    const listed = notPositive
      .map((analysis) => `${describeBlock(analysis)} is ${analysis.verdict}`)
      .join(' and ')
    result.reasons.push(`Not applicable: concordance needs both blocks to be positive, but ${listed}.`)
    return result
  }
  result.reasons.push('Both blocks are positive.')
  if (!isComparativePair) {
    result.reasons.push(
      `Not applicable: comparing durations needs one lidocaine block and one bupivacaine block; these blocks used ${first.agent} and ${second.agent}.`,
    )
    return result
  }
  result.status = compareAgentDurations(lidocaine, bupivacaine)
  result.reasons.push(durationComparisonReason(lidocaine, bupivacaine))
  return result
}

/** Analyses two blocks with one profile and compares them (comparative blocks). */
export function concordance(blockA: BlockInput, blockB: BlockInput, profile: Profile): ConcordanceResult {
  return compareBlockAnalyses(analyseBlock(blockA, profile), analyseBlock(blockB, profile))
}

// ---------------------------------------------------------------------------------------------
// Series

function summariseBlock(analysis: BlockAnalysis): string {
  return `${capitalise(describeBlock(analysis))} is ${analysis.verdict}.`
}

function countVerdicts(analyses: readonly BlockAnalysis[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { positive: 0, negative: 0, indeterminate: 0 }
  for (const analysis of analyses) counts[analysis.verdict] += 1
  return counts
}

function judgeTwoBlockSeries(analyses: readonly BlockAnalysis[], profile: Profile): Judgement {
  const counts = countVerdicts(analyses)
  if (counts.negative > 0) {
    return negative([`${profile.name} requires two positive blocks, and a block in this series is negative.`])
  }
  if (counts.positive >= 2) return positive([`Two blocks are positive, as ${profile.name} requires.`])
  if (counts.positive === 1) {
    return indeterminate([
      `One block is positive, but ${profile.name} requires two positive blocks: a second confirming block is needed.`,
    ])
  }
  return indeterminate([
    `No block is positive or negative yet, so the data cannot decide; ${profile.name} requires two positive blocks.`,
  ])
}

function judgeOneBlockSeries(analyses: readonly BlockAnalysis[], profile: Profile): Judgement {
  const counts = countVerdicts(analyses)
  if (counts.positive > 0) return positive([`A positive block is enough for ${profile.name}.`])
  if (counts.negative === analyses.length) {
    return negative([`Every block in this series is negative, and ${profile.name} needs one positive block.`])
  }
  return indeterminate([
    `No block is positive, and at least one is indeterminate, so the data cannot decide yet.`,
  ])
}

function judgeSeries(analyses: readonly BlockAnalysis[], profile: Profile): Judgement {
  if (analyses.length === 0) return indeterminate(['No block has been recorded in this series yet.'])
  const judgement =
    profile.blocksRequired === 2
      ? judgeTwoBlockSeries(analyses, profile)
      : judgeOneBlockSeries(analyses, profile)
  return { verdict: judgement.verdict, reasons: [...analyses.map(summariseBlock), ...judgement.reasons] }
}

/** Analyses every block of a series (sorted by block number) and judges the series against a profile. */
export function analyseSeries(blocks: readonly BlockInput[], profile: Profile): SeriesAnalysis {
  const sorted = [...blocks].sort((a, b) => a.blockNumber - b.blockNumber)
  const analyses = sorted.map((block) => analyseBlock(block, profile))
  const judgement = judgeSeries(analyses, profile)
  return {
    profileId: profile.id,
    blocksRequired: profile.blocksRequired,
    verdict: judgement.verdict,
    reasons: judgement.reasons,
    blocks: analyses,
    concordance: analyses.length >= 2 ? compareBlockAnalyses(analyses[0], analyses[1]) : null,
  }
}
