import type {
  AnaestheticAgent,
  BlockAnalysis,
  BlockFlag,
  BlockInput,
  ConcordanceResult,
  CriteriaProfile,
  DiaryEntryInput,
  DurationStatus,
  IgnoredEntryCounts,
  PreBlockMedicine,
  ReliefEpisode,
  ReliefPoint,
  SeriesAnalysis,
  Verdict,
} from './types'

/** The rules (numbered as in README.md beside this file, with their sources). */

const MAX_NRS = 10
const RELIEF_LIMIT_PERCENT = 100
/** Rule 9: at a baseline of 2 or less, one point of change reads as 50% relief. */
const LOW_BASELINE_MAX = 2

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

/** "15 min", "1 h", "1 h 30 min", "22 h 40 min": never "1360 min". */
export function formatDuration(minutes: number): string {
  const whole = Math.round(minutes)
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// ---------------------------------------------------------------------------------------------
// Entries and relief (rule 1)

function isValidScore(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= MAX_NRS
}

function optionalNumber(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function optionalText(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
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
    medicines: optionalText(entry.medicines),
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

function toReliefPoint(entry: ScoredEntry, baselineNrs: number | null, thresholdPercent: number): ReliefPoint {
  const reliefPercent = baselineNrs === null ? null : computeReliefPercent(baselineNrs, entry.nrs)
  return { ...entry, reliefPercent, atOrAboveThreshold: reliefPercent !== null && reliefPercent >= thresholdPercent }
}

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

/** Scheduled time points with no usable answer. */
function findMissedMinutes(scheduled: readonly number[] | undefined, points: readonly ReliefPoint[]): number[] {
  const answered = new Set(points.map((point) => point.minutesAfterBlock))
  return [...new Set(scheduled ?? [])].filter((minutes) => minutes >= 0 && !answered.has(minutes)).sort((a, b) => a - b)
}

// ---------------------------------------------------------------------------------------------
// The first episode (rules 2 and 3)

/**
 * Rule 2: from the first answer at or above the threshold, follow the answers while they stay at or
 * above it and no gap exceeds the bridge. The last one reached is the bottom of the interval; the
 * next answer, if it shows pain back within the bridge, is the top; otherwise the top is unknown.
 * Rule 3: qualifying answers after that are relief that returned, reported but never added.
 */
function findFirstEpisode(points: readonly ReliefPoint[], bridgeGapMinutes: number): ReliefEpisode | null {
  const start = points.findIndex((point) => point.atOrAboveThreshold)
  if (start === -1) return null
  let last = start
  while (last + 1 < points.length && points[last + 1].atOrAboveThreshold && gapAfter(points, last) <= bridgeGapMinutes) last += 1
  const next = points[last + 1]
  const withinBridge = next !== undefined && gapAfter(points, last) <= bridgeGapMinutes
  const openEnd = next === undefined ? 'diary-ends-in-relief' : withinBridge ? null : 'gap-in-diary'
  return {
    firstMinutes: points[start].minutesAfterBlock,
    atLeastMinutes: points[last].minutesAfterBlock,
    atMostMinutes: openEnd === null ? next.minutesAfterBlock : null,
    openEnd,
    returnedReliefMinutes: points.slice(last + 1).filter((point) => point.atOrAboveThreshold).map((point) => point.minutesAfterBlock),
  }
}

function gapAfter(points: readonly ReliefPoint[], index: number): number {
  return points[index + 1].minutesAfterBlock - points[index].minutesAfterBlock
}

/** The longest stretch without an answer from the block time up to the onset (rule 2: beyond the bridge, nothing is documented). */
function longestGapBeforeOnset(points: readonly ReliefPoint[], onsetMinutes: number): number {
  let previous = 0
  let longest = 0
  for (const point of points) {
    if (point.minutesAfterBlock > onsetMinutes) break
    longest = Math.max(longest, point.minutesAfterBlock - previous)
    previous = point.minutesAfterBlock
  }
  return longest
}

type OnsetState = 'in-window' | 'late' | 'undocumented'

/** Rule 4: relief must appear within the agent's onset window, with no unbridged gap before it. */
function judgeOnset(points: readonly ReliefPoint[], episode: ReliefEpisode, profile: Profile, agent: AnaestheticAgent): OnsetState {
  if (longestGapBeforeOnset(points, episode.firstMinutes) > profile.bridgeGapMinutes) return 'undocumented'
  return episode.firstMinutes > profile.onsetWindowMinutes[agent] ? 'late' : 'in-window'
}

/** Rule 8: the documented window in plain words; never "stayed" beyond what the answers show. */
function describeWindow(episode: ReliefEpisode, threshold: number, points: readonly ReliefPoint[]): string {
  const relief = `at least ${formatPercent(threshold)} relief`
  const span =
    episode.firstMinutes === episode.atLeastMinutes
      ? `${relief} at the ${formatDuration(episode.firstMinutes)} answer`
      : `${relief} from ${formatDuration(episode.firstMinutes)} to at least ${formatDuration(episode.atLeastMinutes)}`
  if (episode.openEnd === null) return `${span}; pain back by the ${formatDuration(episode.atMostMinutes as number)} answer`
  if (episode.openEnd === 'diary-ends-in-relief') return `${span}; the diary ends in relief, so when it ended is not known`
  const lastIndex = points.findIndex((point) => point.minutesAfterBlock === episode.atLeastMinutes)
  return `${span}; then no answer for ${formatDuration(gapAfter(points, lastIndex))}, so the diary does not show when it ended`
}

// ---------------------------------------------------------------------------------------------
// Duration consistent with the agent (rule 5)

function judgeDurationStatus(episode: ReliefEpisode, expectedMinimumMinutes: number, onset: OnsetState): DurationStatus {
  if (episode.atMostMinutes !== null && episode.atMostMinutes <= expectedMinimumMinutes) return 'not-met'
  if (episode.atLeastMinutes >= expectedMinimumMinutes && onset === 'in-window') return 'met'
  return 'indeterminate'
}

/** Rule 5: name the missed answer that could have decided an indeterminate duration. */
function decidingAnswerReason(episode: ReliefEpisode, expectedMinimumMinutes: number, missedMinutes: readonly number[]): string {
  const top = episode.atMostMinutes ?? Number.POSITIVE_INFINITY
  const missed = missedMinutes.find((minutes) => minutes > episode.atLeastMinutes && minutes < top && minutes >= expectedMinimumMinutes)
  if (missed !== undefined) return `The missed ${formatDuration(missed)} answer could have decided it.`
  return `An answer at ${formatDuration(expectedMinimumMinutes)} would decide it: relief then meets the expected minimum, pain back by then does not.`
}

function durationReasons(facts: BlockFacts): string[] {
  const { episode, durationStatus, agent } = facts
  if (!episode || !durationStatus) return []
  const expected = `the expected minimum of ${formatDuration(facts.expectedMinimumMinutes)} for ${agent}`
  if (facts.onset !== 'in-window' && durationStatus !== 'not-met') {
    return ['Relief is not documented as starting within the onset window, so its duration cannot be counted from the block.']
  }
  if (durationStatus === 'met') return [`The documented window reaches ${expected}: duration consistent with the agent.`]
  if (durationStatus === 'not-met') {
    return [`Pain was back by the ${formatDuration(episode.atMostMinutes as number)} answer, not later than ${expected}: duration not consistent with the agent.`]
  }
  const top = episode.atMostMinutes === null ? 'the end is not documented' : `pain was back by ${formatDuration(episode.atMostMinutes)}`
  return [
    `Relief is documented to ${formatDuration(episode.atLeastMinutes)} and ${top}, so whether it reached ${expected} is indeterminate.`,
    decidingAnswerReason(episode, facts.expectedMinimumMinutes, facts.missedMinutes),
  ]
}

// ---------------------------------------------------------------------------------------------
// Flags that make a block hard to read (rule 9, and the flags of rules 3, 4 and 5)

function preBlockAnalgesicFlags(medicines: readonly PreBlockMedicine[] | undefined, windowHours: number): BlockFlag[] {
  const windowText = `the clinic's ${formatDuration(windowHours * 60)} no-painkiller window`
  return (medicines ?? [])
    .filter((medicine) => medicine.minutesBeforeBlock === null || medicine.minutesBeforeBlock <= windowHours * 60)
    .map((medicine) => ({
      kind: 'pre-block-analgesic' as const,
      message:
        medicine.minutesBeforeBlock === null
          ? `Pain medicine before the block (${medicine.text}) at a time the diary does not show: check it was outside ${windowText}.`
          : `Pain medicine taken ${formatDuration(medicine.minutesBeforeBlock)} before the block (${medicine.text}), inside ${windowText}: the baseline may be understated and the relief not the block's alone.`,
    }))
}

function lowBaselineFlags(baselineNrs: number | null): BlockFlag[] {
  if (baselineNrs === null || baselineNrs <= 0 || baselineNrs > LOW_BASELINE_MAX) return []
  return [{ kind: 'low-baseline', message: `Baseline pain is ${baselineNrs} / 10: one point of change reads as ${formatPercent(100 / baselineNrs)} relief.` }]
}

function disagreementFlags(points: readonly ReliefPoint[], thresholdPoints: number): BlockFlag[] {
  const far = points.filter(
    (point) => point.reliefPercent !== null && point.reportedReliefPercent !== null && Math.abs(point.reportedReliefPercent - point.reliefPercent) >= thresholdPoints,
  )
  if (far.length === 0) return []
  const listed = far.map((point) => `${formatDuration(point.minutesAfterBlock)} (patient ${formatPercent(point.reportedReliefPercent as number)}, scores ${formatPercent(point.reliefPercent as number)})`)
  return [{ kind: 'reported-relief-disagrees', message: `The patient's own relief differs from the pain-score figure by ${thresholdPoints} points or more at ${listed.join(', ')}.` }]
}

function medicinesDuringReliefFlags(points: readonly ReliefPoint[], episode: ReliefEpisode | null): BlockFlag[] {
  if (!episode) return []
  const inWindow = points.filter((point) => point.medicines && point.minutesAfterBlock <= episode.atLeastMinutes)
  if (inWindow.length === 0) return []
  const listed = inWindow.map((point) => `${formatDuration(point.minutesAfterBlock)} (${point.medicines})`)
  return [{ kind: 'medicines-during-relief', message: `Pain medicine reported inside the relief window, at ${listed.join(', ')}: the relief may not be the block's alone.` }]
}

function onsetFlags(facts: BlockFacts, points: readonly ReliefPoint[], profile: Profile): BlockFlag[] {
  const { episode, onset, agent } = facts
  if (!episode || onset === 'in-window') return []
  const first = formatDuration(episode.firstMinutes)
  if (onset === 'undocumented') {
    const gap = formatDuration(longestGapBeforeOnset(points, episode.firstMinutes))
    return [{ kind: 'late-onset', message: `Relief of ${formatPercent(profile.reliefThresholdPercent)} first recorded at ${first}, after ${gap} without an answer: the onset cannot be confirmed.` }]
  }
  const window = formatDuration(profile.onsetWindowMinutes[agent])
  const threshold = formatPercent(profile.reliefThresholdPercent)
  return [{ kind: 'late-onset', message: `Relief first reached ${threshold} at ${first}, after the ${window} onset window for ${agent}: late relief alone does not make a block positive.` }]
}

function longReliefFlags(facts: BlockFacts): BlockFlag[] {
  const { episode } = facts
  if (!episode || episode.atLeastMinutes <= facts.expectedMaximumMinutes) return []
  return [
    {
      kind: 'relief-longer-than-agent',
      message: `Relief documented to at least ${formatDuration(episode.atLeastMinutes)}, longer than the ${formatDuration(facts.expectedMaximumMinutes)} ${facts.agent} explains.`,
    },
  ]
}

function returnedReliefFlags(episode: ReliefEpisode | null, threshold: number): BlockFlag[] {
  if (!episode || episode.returnedReliefMinutes.length === 0) return []
  const times = episode.returnedReliefMinutes.map(formatDuration).join(', ')
  const relief = `at least ${formatPercent(threshold)} relief`
  const message =
    episode.openEnd === 'gap-in-diary'
      ? `${capitalise(relief)} recorded at ${times}, after a gap in the diary: the diary does not show it lasted, so it is not added to the block's effect.`
      : `${capitalise(relief)} again at ${times}, after pain came back at ${formatDuration(episode.atMostMinutes as number)}: reported, not added to the block's effect.`
  return [{ kind: 'relief-returned', message }]
}

function findFlags(facts: BlockFacts, block: BlockInput, points: readonly ReliefPoint[], profile: Profile): BlockFlag[] {
  return [
    ...preBlockAnalgesicFlags(block.preBlockMedicines, profile.noPainkillerWindowHours),
    ...lowBaselineFlags(facts.baselineProblem ? null : block.baselineNrs),
    ...disagreementFlags(points, profile.reportedReliefDisagreementPoints),
    ...medicinesDuringReliefFlags(points, facts.episode),
    ...onsetFlags(facts, points, profile),
    ...longReliefFlags(facts),
    ...returnedReliefFlags(facts.episode, profile.reliefThresholdPercent),
  ]
}

/** A flag as the reader sees it once: the names of the profiles it comes from when not all of them. */
export interface CombinedFlag extends BlockFlag {
  profileNames: string[] | null
}

/** The flags of one block under several profiles, each message once, in order (review page, PDF, FHIR). */
export function combineFlags(analyses: readonly { profile: Profile; block: BlockAnalysis }[]): CombinedFlag[] {
  const byMessage = new Map<string, CombinedFlag>()
  for (const { profile, block } of analyses) {
    for (const flag of block.flags) {
      const seen = byMessage.get(flag.message)
      if (seen) seen.profileNames!.push(profile.name)
      else byMessage.set(flag.message, { ...flag, profileNames: [profile.name] })
    }
  }
  return [...byMessage.values()].map((flag) => ({ ...flag, profileNames: flag.profileNames!.length === analyses.length ? null : flag.profileNames }))
}

// ---------------------------------------------------------------------------------------------
// Verdict of one block

interface BlockFacts {
  agent: AnaestheticAgent
  baselineProblem: string | null
  pointCount: number
  peak: { percent: number; minutes: number } | null
  episode: ReliefEpisode | null
  onset: OnsetState
  windowText: string | null
  expectedMinimumMinutes: number
  expectedMaximumMinutes: number
  durationStatus: DurationStatus | null
  missedMinutes: number[]
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

function windowReasons(facts: BlockFacts, threshold: number): string[] {
  const peak = facts.peak as { percent: number; minutes: number }
  return [
    `Peak relief ${formatPercent(peak.percent)} at ${formatDuration(peak.minutes)} reached the ${formatPercent(threshold)} threshold.`,
    `${capitalise(facts.windowText as string)}.`,
  ]
}

function judgeReachedThreshold(facts: BlockFacts, profile: Profile): Judgement {
  const reasons = [...windowReasons(facts, profile.reliefThresholdPercent), ...durationReasons(facts)]
  if (facts.onset === 'undocumented') return indeterminate([...reasons, 'The onset is not documented, so the block cannot be called positive.'])
  if (facts.onset === 'late') return indeterminate([...reasons, 'Relief appeared only after the onset window, so the block is not called positive on it alone.'])
  if (!profile.durationMustFitAgent) return positive([...reasons, `${profile.name} does not require the duration to fit the anaesthetic.`])
  if (facts.durationStatus === 'met') return positive(reasons)
  if (facts.durationStatus === 'not-met') return negative(reasons)
  return indeterminate(reasons)
}

function judgeBlock(facts: BlockFacts, profile: Profile): Judgement {
  if (facts.baselineProblem) return indeterminate([facts.baselineProblem])
  const minimumEntries = Math.max(1, profile.minimumEntries)
  if (facts.pointCount < minimumEntries) return indeterminate([tooFewEntriesReason(facts.pointCount, minimumEntries)])
  const threshold = profile.reliefThresholdPercent
  const peak = facts.peak as { percent: number; minutes: number }
  if (!facts.episode) return negative([`Peak relief ${formatPercent(peak.percent)} did not reach the ${formatPercent(threshold)} threshold.`])
  return judgeReachedThreshold(facts, profile)
}

function ignoredEntriesReasons(ignored: IgnoredEntryCounts): string[] {
  const notes: string[] = []
  if (ignored.withoutScore) notes.push(`${plural(ignored.withoutScore, 'entry', 'entries')} without a pain score`)
  if (ignored.beforeBlock) notes.push(`${plural(ignored.beforeBlock, 'entry', 'entries')} timed before the block`)
  if (ignored.invalidValue) notes.push(`${plural(ignored.invalidValue, 'entry', 'entries')} with a value outside the scale`)
  if (ignored.replacedDuplicate) {
    notes.push(`${plural(ignored.replacedDuplicate, 'earlier entry', 'earlier entries')} at an already used time point (the last one given was kept)`)
  }
  return notes.length ? [`Ignored: ${notes.join('; ')}.`] : []
}

function collectFacts(block: BlockInput, points: readonly ReliefPoint[], profile: Profile, baselineProblem: string | null): BlockFacts {
  const episode = baselineProblem ? null : findFirstEpisode(points, profile.bridgeGapMinutes)
  const onset = episode ? judgeOnset(points, episode, profile, block.agent) : 'in-window'
  const expectedMinimumMinutes = profile.expectedMinimumHours[block.agent] * 60
  return {
    agent: block.agent,
    baselineProblem,
    pointCount: points.length,
    peak: findPeak(points),
    episode,
    onset,
    windowText: episode ? describeWindow(episode, profile.reliefThresholdPercent, points) : null,
    expectedMinimumMinutes,
    expectedMaximumMinutes: profile.expectedMaximumHours[block.agent] * 60,
    durationStatus: episode ? judgeDurationStatus(episode, expectedMinimumMinutes, onset) : null,
    missedMinutes: findMissedMinutes(block.scheduledMinutes, points),
  }
}

/** Computes relief, the first episode, its duration against the agent and the flags of one block, and judges it. */
export function analyseBlock(block: BlockInput, profile: Profile): BlockAnalysis {
  const baselineProblem = describeBaselineProblem(block.baselineNrs)
  const usableBaseline = baselineProblem === null ? block.baselineNrs : null
  const { entries, ignored } = normaliseEntries(block.entries)
  const points = entries.map((entry) => toReliefPoint(entry, usableBaseline, profile.reliefThresholdPercent))
  const facts = collectFacts(block, points, profile, baselineProblem)
  const judgement = judgeBlock(facts, profile)
  return {
    blockNumber: block.blockNumber,
    agent: block.agent,
    profileId: profile.id,
    reliefThresholdPercent: profile.reliefThresholdPercent,
    baselineNrs: block.baselineNrs,
    points,
    missedMinutes: facts.missedMinutes,
    ignored,
    peakReliefPercent: facts.peak?.percent ?? null,
    peakReliefMinutes: facts.peak?.minutes ?? null,
    onsetMinutes: facts.episode?.firstMinutes ?? null,
    onsetIsLate: facts.episode !== null && facts.onset !== 'in-window',
    episode: facts.episode,
    expectedMinimumHours: profile.expectedMinimumHours[block.agent],
    expectedMaximumHours: profile.expectedMaximumHours[block.agent],
    durationStatus: facts.durationStatus,
    windowText: facts.windowText,
    flags: findFlags(facts, block, points, profile),
    verdict: judgement.verdict,
    reasons: [...judgement.reasons, ...ignoredEntriesReasons(ignored)],
  }
}

// ---------------------------------------------------------------------------------------------
// Concordance of two blocks (rule 6)

function describeBlock(analysis: BlockAnalysis): string {
  return `block ${analysis.blockNumber} (${analysis.agent})`
}

function describeInterval(episode: ReliefEpisode): string {
  const top = episode.atMostMinutes === null ? 'an undocumented end' : `at most ${formatDuration(episode.atMostMinutes)}`
  return `at least ${formatDuration(episode.atLeastMinutes)}, ${top}`
}

/** Bupivacaine demonstrably outlasts lidocaine when its documented bottom reaches lidocaine's documented top. */
function compareIntervals(lidocaine: ReliefEpisode, bupivacaine: ReliefEpisode): ConcordanceResult['status'] {
  if (lidocaine.atMostMinutes !== null && bupivacaine.atLeastMinutes >= lidocaine.atMostMinutes) return 'concordant'
  if (bupivacaine.atMostMinutes !== null && lidocaine.atLeastMinutes >= bupivacaine.atMostMinutes) return 'discordant'
  return 'indeterminate'
}

function comparisonReason(status: ConcordanceResult['status'], lidocaine: ReliefEpisode, bupivacaine: ReliefEpisode): string {
  const both = `bupivacaine relief ${describeInterval(bupivacaine)}; lidocaine relief ${describeInterval(lidocaine)}`
  if (status === 'concordant') return `Concordant: ${both}. The longer-acting anaesthetic gave the longer relief, as expected.`
  if (status === 'discordant') return `Discordant: ${both}. Lidocaine relief outlasted bupivacaine relief, the reverse of what the anaesthetics explain.`
  return `Indeterminate: ${both}. The windows overlap or are cut off by the diary, so neither demonstrably outlasts the other.`
}

/** Compares two analysed blocks whenever both reached the relief threshold, whatever their duration verdicts. */
export function compareBlockAnalyses(first: BlockAnalysis, second: BlockAnalysis): ConcordanceResult {
  const pair = [first, second]
  const bothReachedThreshold = pair.every((analysis) => analysis.episode !== null)
  if (!bothReachedThreshold) {
    const below = pair.filter((analysis) => analysis.episode === null).map(describeBlock).join(' and ')
    return { bothReachedThreshold, status: 'not-applicable', reasons: [`Not applicable: concordance needs both blocks to reach the relief threshold, and ${below} did not.`] }
  }
  const lidocaine = pair.find((analysis) => analysis.agent === 'lidocaine')
  const bupivacaine = pair.find((analysis) => analysis.agent === 'bupivacaine')
  if (!lidocaine || !bupivacaine) {
    return {
      bothReachedThreshold,
      status: 'not-applicable',
      reasons: [`Not applicable: comparing durations needs one lidocaine block and one bupivacaine block; these blocks used ${first.agent} and ${second.agent}.`],
    }
  }
  const status = compareIntervals(lidocaine.episode as ReliefEpisode, bupivacaine.episode as ReliefEpisode)
  return { bothReachedThreshold, status, reasons: [comparisonReason(status, lidocaine.episode as ReliefEpisode, bupivacaine.episode as ReliefEpisode)] }
}

/** Analyses two blocks with one profile and compares them (comparative blocks). */
export function concordance(blockA: BlockInput, blockB: BlockInput, profile: Profile): ConcordanceResult {
  return compareBlockAnalyses(analyseBlock(blockA, profile), analyseBlock(blockB, profile))
}

// ---------------------------------------------------------------------------------------------
// Series (rule 7)

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
  if (counts.negative > 0) return negative([`${profile.name} requires two positive blocks, and a block in this series is negative.`])
  if (counts.positive >= 2) return positive([`Two blocks are positive, as ${profile.name} requires.`])
  if (counts.positive === 1) {
    return indeterminate([`One block is positive, but ${profile.name} requires two positive blocks: a second confirming block is needed.`])
  }
  return indeterminate([`No block is positive or negative yet, so the data cannot decide; ${profile.name} requires two positive blocks.`])
}

function judgeOneBlockSeries(analyses: readonly BlockAnalysis[], profile: Profile): Judgement {
  const counts = countVerdicts(analyses)
  if (counts.positive > 0 && counts.negative > 0) {
    const positives = analyses.filter((analysis) => analysis.verdict === 'positive').map(describeBlock).join(' and ')
    const negatives = analyses.filter((analysis) => analysis.verdict === 'negative').map(describeBlock).join(' and ')
    return indeterminate([
      `Discordant blocks: ${positives} is positive but ${negatives} is negative. ${profile.name} accepts one positive block, but not one contradicted by another: weigh both before deciding.`,
    ])
  }
  if (counts.positive > 0) return positive([`A positive block is enough for ${profile.name}, and no block in this series is negative.`])
  if (counts.negative === analyses.length) return negative([`Every block in this series is negative, and ${profile.name} needs one positive block.`])
  return indeterminate(['No block is positive, and at least one is indeterminate, so the data cannot decide yet.'])
}

function judgeSeries(analyses: readonly BlockAnalysis[], profile: Profile): Judgement {
  if (analyses.length === 0) return indeterminate(['No block has been recorded in this series yet.'])
  const judgement = profile.blocksRequired === 2 ? judgeTwoBlockSeries(analyses, profile) : judgeOneBlockSeries(analyses, profile)
  // The series' own conclusion leads; the per-block verdicts follow.
  return { verdict: judgement.verdict, reasons: [...judgement.reasons, ...analyses.map(summariseBlock)] }
}

/** Analyses every block of a series (sorted by block number) and judges the series against a profile. */
export function analyseSeries(blocks: readonly BlockInput[], profile: Profile): SeriesAnalysis {
  const sorted = [...blocks].sort((a, b) => a.blockNumber - b.blockNumber)
  const analyses = sorted.map((block) => analyseBlock(block, profile))
  const judgement = judgeSeries(analyses, profile)
  const counts = countVerdicts(analyses)
  return {
    profileId: profile.id,
    blocksRequired: profile.blocksRequired,
    verdict: judgement.verdict,
    discordantBlocks: profile.blocksRequired === 1 && counts.positive > 0 && counts.negative > 0,
    reasons: judgement.reasons,
    blocks: analyses,
    concordance: analyses.length >= 2 ? compareBlockAnalyses(analyses[0], analyses[1]) : null,
  }
}
