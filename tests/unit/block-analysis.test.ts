import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CRITERIA_PROFILES,
  DEFAULT_EXPECTED_MINIMUM_HOURS,
  MEDICARE_LCD_PROFILE,
  MULTISOCIETY_2020_PROFILE,
  analyseBlock,
  analyseSeries,
  combineFlags,
  computeReliefPercent,
  concordance,
  criteriaProfileSchema,
  describeBaselineProblem,
  findDefaultProfile,
  formatDuration,
  normaliseEntries,
  parseCriteriaProfile,
  type AnaestheticAgent,
  type BlockInput,
  type CriteriaProfile,
  type DiaryEntryInput,
  type FlagKind,
} from '@/lib/block-analysis'
import { minutesBeforeBlock, toBlockInput } from '@/lib/diary'
import { zonedDateTime } from '@/lib/dates'
import { JORDAN_BLOCK_1_ANSWERS } from '@/payload/seed/diary'

/**
 * Textbook cases written from the published criteria (sources in lib/block-analysis/README.md):
 * Medicare LCD L38803 (two blocks, >= 80%, duration consistent with the agent), Cohen et al. 2020
 * (>= 50%, one block may do), and Barnsley and Bogduk's comparative local anaesthetic blocks.
 * Times follow the product's default diary: 15, 30, 60 min, hourly to 8 h, next morning (~22 h 40 min).
 */

const medicare = MEDICARE_LCD_PROFILE
const multisociety = MULTISOCIETY_2020_PROFILE
const DEFAULT_SCHEDULE = [15, 30, 60, 120, 180, 240, 300, 360, 420, 480, 1360]
const NEXT_MORNING = 1360

/** A block from [minutes, nrs] pairs, on the default schedule. */
function block(
  baselineNrs: number | null,
  points: Array<[number, number | null]>,
  agent: AnaestheticAgent = 'lidocaine',
  blockNumber = 1,
  extra: Partial<BlockInput> = {},
): BlockInput {
  const entries: DiaryEntryInput[] = points.map(([minutesAfterBlock, nrs]) => ({ minutesAfterBlock, nrs }))
  return { baselineNrs, entries, agent, blockNumber, scheduledMinutes: DEFAULT_SCHEDULE, ...extra }
}

/** Baseline 8: NRS 1 (87.5% relief) at `relieved` minutes, NRS 7 (12.5%) at `painful` ones. */
function reliefAt(relieved: number[], painful: number[], agent: AnaestheticAgent = 'lidocaine', blockNumber = 1, extra: Partial<BlockInput> = {}): BlockInput {
  const points: Array<[number, number]> = [...relieved.map((m): [number, number] => [m, 1]), ...painful.map((m): [number, number] => [m, 7])]
  return block(8, points.sort((a, b) => a[0] - b[0]), agent, blockNumber, extra)
}

const flagKinds = (input: BlockInput, profile: CriteriaProfile = medicare): FlagKind[] => analyseBlock(input, profile).flags.map((flag) => flag.kind)

describe('computeReliefPercent', () => {
  it('computes (baseline - nrs) / baseline * 100 rounded to one decimal', () => {
    expect(computeReliefPercent(8, 2)).toBe(75)
    expect(computeReliefPercent(3, 1)).toBe(66.7)
    expect(computeReliefPercent(3, 2)).toBe(33.3)
    expect(computeReliefPercent(7, 1)).toBe(85.7)
    expect(computeReliefPercent(10, 0)).toBe(100)
    expect(computeReliefPercent(5, 5)).toBe(0)
  })

  it('reports worse pain as negative relief, floored at -100', () => {
    expect(computeReliefPercent(6, 9)).toBe(-50)
    expect(computeReliefPercent(5, 10)).toBe(-100)
    expect(computeReliefPercent(4, 10)).toBe(-100)
    expect(computeReliefPercent(1, 10)).toBe(-100)
  })

  it('never returns negative zero', () => {
    expect(Object.is(computeReliefPercent(10, 10), 0)).toBe(true)
    expect(Object.is(computeReliefPercent(9, 9.004), 0)).toBe(true)
  })
})

describe('describeBaselineProblem', () => {
  it('accepts a baseline between 0 (excluded) and 10', () => {
    expect(describeBaselineProblem(0.5)).toBeNull()
    expect(describeBaselineProblem(10)).toBeNull()
  })

  it('explains missing, zero and out-of-scale baselines', () => {
    expect(describeBaselineProblem(null)).toBe(
      'Baseline pain score is missing, so relief cannot be computed.',
    )
    expect(describeBaselineProblem(undefined)).toMatch(/missing/)
    expect(describeBaselineProblem(0)).toMatch(/Baseline pain score is 0/)
    expect(describeBaselineProblem(11)).toMatch(/outside the 0-10 scale/)
    expect(describeBaselineProblem(-1)).toMatch(/outside the 0-10 scale/)
    expect(describeBaselineProblem(Number.NaN)).toMatch(/outside the 0-10 scale/)
  })
})

describe('normaliseEntries', () => {
  it('sorts by time', () => {
    const { entries } = normaliseEntries([
      { minutesAfterBlock: 60, nrs: 3 },
      { minutesAfterBlock: 15, nrs: 1 },
      { minutesAfterBlock: 30, nrs: 2 },
    ])
    expect(entries.map((entry) => entry.minutesAfterBlock)).toEqual([15, 30, 60])
  })

  it('ignores entries without a score, before the block or outside the scale, and counts them', () => {
    const { entries, ignored } = normaliseEntries([
      { minutesAfterBlock: 15, nrs: null },
      { minutesAfterBlock: -5, nrs: 2 },
      { minutesAfterBlock: 30, nrs: 11 },
      { minutesAfterBlock: 45, nrs: -1 },
      { minutesAfterBlock: 50, nrs: Number.NaN },
      { minutesAfterBlock: Number.POSITIVE_INFINITY, nrs: 2 },
      { minutesAfterBlock: 60, nrs: 3 },
    ])
    expect(entries).toEqual([{ minutesAfterBlock: 60, nrs: 3, reportedReliefPercent: null, activity: null, medicines: null }])
    expect(ignored).toEqual({ withoutScore: 1, beforeBlock: 1, invalidValue: 4, replacedDuplicate: 0 })
  })

  it('keeps the last usable entry given for a time point', () => {
    const { entries, ignored } = normaliseEntries([
      { minutesAfterBlock: 60, nrs: 1, activity: 'first' },
      { minutesAfterBlock: 30, nrs: 2 },
      { minutesAfterBlock: 60, nrs: 5, activity: 'second' },
      { minutesAfterBlock: 60, nrs: 4, activity: 'third' },
    ])
    expect(entries.find((entry) => entry.minutesAfterBlock === 60)).toMatchObject({
      nrs: 4,
      activity: 'third',
    })
    expect(entries).toHaveLength(2)
    expect(ignored.replacedDuplicate).toBe(2)
  })

  it('does not let a later unanswered entry erase an earlier score', () => {
    const { entries } = normaliseEntries([
      { minutesAfterBlock: 60, nrs: 1 },
      { minutesAfterBlock: 60, nrs: null },
    ])
    expect(entries).toEqual([{ minutesAfterBlock: 60, nrs: 1, reportedReliefPercent: null, activity: null, medicines: null }])
  })

  it('accepts minute 0 and treats -0 as 0', () => {
    const { entries } = normaliseEntries([
      { minutesAfterBlock: -0, nrs: 1 },
      { minutesAfterBlock: 0, nrs: 2 },
    ])
    expect(entries).toHaveLength(1)
    expect(Object.is(entries[0].minutesAfterBlock, 0)).toBe(true)
    expect(entries[0].nrs).toBe(2)
  })
})


describe('formatDuration', () => {
  it.each([
    [15, '15 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [1360, '22 h 40 min'],
    [0, '0 min'],
  ])('%d minutes read as %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text)
  })
})

type TextbookCase = {
  name: string
  rule: string
  input: BlockInput
  profile: CriteriaProfile
  verdict: 'positive' | 'negative' | 'indeterminate'
  duration: 'met' | 'not-met' | 'indeterminate' | null
  episode?: { firstMinutes: number; atLeastMinutes: number; atMostMinutes: number | null; openEnd?: string | null; returnedReliefMinutes?: number[] }
  reason?: RegExp
  flags?: FlagKind[]
}

const TEXTBOOK: TextbookCase[] = [
  {
    name: 'lidocaine, >= 80% at 15, 30 and 60 min, pain back at 2 h: met (the old engine said 0.75 h, negative)',
    rule: '1, 2, 5, 8',
    input: reliefAt([15, 30, 60], [120, 180, 240]),
    profile: medicare,
    verdict: 'positive',
    duration: 'met',
    episode: { firstMinutes: 15, atLeastMinutes: 60, atMostMinutes: 120, openEnd: null, returnedReliefMinutes: [] },
    reason: /^At least 80% relief from 15 min to at least 1 h; pain back by the 2 h answer\.$/,
    flags: [],
  },
  {
    name: 'bupivacaine with relief through 3 h: met (the old engine said 2.75 h < 3 h)',
    rule: '2, 5',
    input: reliefAt([15, 30, 60, 120, 180], [240, 300], 'bupivacaine'),
    profile: medicare,
    verdict: 'positive',
    duration: 'met',
    episode: { firstMinutes: 15, atLeastMinutes: 180, atMostMinutes: 240 },
    reason: /from 15 min to at least 3 h; pain back by the 4 h answer/,
  },
  {
    name: 'relief at 15 and 30 min, then nothing until the next morning: the night is not assumed (old: 23.75 h)',
    rule: '2, 3, 5',
    input: reliefAt([15, 30, NEXT_MORNING], []),
    profile: medicare,
    verdict: 'indeterminate',
    duration: 'indeterminate',
    episode: { firstMinutes: 15, atLeastMinutes: 30, atMostMinutes: null, openEnd: 'gap-in-diary', returnedReliefMinutes: [NEXT_MORNING] },
    reason: /The missed 1 h answer could have decided it\./,
    flags: ['relief-returned'],
  },
  {
    name: 'one missed hourly answer inside the relief is bridged',
    rule: '2',
    input: reliefAt([15, 30, 120], [180, 240]),
    profile: medicare,
    verdict: 'positive',
    duration: 'met',
    episode: { firstMinutes: 15, atLeastMinutes: 120, atMostMinutes: 180 },
  },
  {
    name: 'a diary that ends in relief is open at the top',
    rule: '2, 8',
    input: reliefAt([15, 30, 60, 120, 180, 240, 300], [], 'bupivacaine'),
    profile: medicare,
    verdict: 'positive',
    duration: 'met',
    episode: { firstMinutes: 15, atLeastMinutes: 300, atMostMinutes: null, openEnd: 'diary-ends-in-relief' },
    reason: /the diary ends in relief, so when it ended is not known/,
  },
  {
    name: 'relief, pain back at 3 h, relief again later: only the first episode counts',
    rule: '3',
    input: reliefAt([15, 30, 60, 120, 300, 360, NEXT_MORNING], [180, 240], 'bupivacaine'),
    profile: medicare,
    verdict: 'negative',
    duration: 'not-met',
    episode: { firstMinutes: 15, atLeastMinutes: 120, atMostMinutes: 180, returnedReliefMinutes: [300, 360, NEXT_MORNING] },
    reason: /Pain was back by the 3 h answer, not later than the expected minimum of 3 h for bupivacaine/,
    flags: ['relief-returned'],
  },
  {
    name: 'lidocaine relief first at 1 h, after the 30 min onset window: flagged, not positive on late relief alone',
    rule: '4',
    input: reliefAt([60, 120, 180], [15, 30, 240]),
    profile: multisociety,
    verdict: 'indeterminate',
    duration: 'indeterminate',
    reason: /only after the onset window/,
    flags: ['late-onset'],
  },
  {
    name: 'first answer three hours after the block: the onset is not documented',
    rule: '2, 4',
    input: reliefAt([180, 240, 300], [360], 'bupivacaine'),
    profile: multisociety,
    verdict: 'indeterminate',
    duration: 'indeterminate',
    reason: /onset is not documented/,
    flags: ['late-onset'],
  },
  {
    name: 'bupivacaine relief to 2 h, the 3 h answer missed, pain back at 4 h: indeterminate, naming the missed answer',
    rule: '5',
    input: reliefAt([15, 30, 60, 120], [240, 300], 'bupivacaine'),
    profile: medicare,
    verdict: 'indeterminate',
    duration: 'indeterminate',
    episode: { firstMinutes: 15, atLeastMinutes: 120, atMostMinutes: 240 },
    reason: /The missed 3 h answer could have decided it\./,
  },
  {
    name: 'lidocaine relief at 15 and 30 min, pain back by the 1 h answer: not met',
    rule: '5',
    input: reliefAt([15, 30], [60, 120, 180]),
    profile: medicare,
    verdict: 'negative',
    duration: 'not-met',
  },
  {
    name: 'the same block under the 2020 consensus, which does not require the duration: positive',
    rule: '5 (profile)',
    input: reliefAt([15, 30], [60, 120, 180]),
    profile: multisociety,
    verdict: 'positive',
    duration: 'not-met',
  },
  {
    name: 'lidocaine relief documented to 8 h: met, but flagged as longer than lidocaine explains',
    rule: '5',
    input: reliefAt([15, 30, 60, 120, 180, 240, 300, 360, 420, 480], [NEXT_MORNING]),
    profile: medicare,
    verdict: 'positive',
    duration: 'met',
    flags: ['relief-longer-than-agent'],
  },
  {
    name: 'peak below the threshold: negative, without "stayed"',
    rule: '8',
    input: block(6, [[15, 5], [30, 4], [60, 4], [120, 5], [240, 6]]),
    profile: medicare,
    verdict: 'negative',
    duration: null,
    reason: /^Peak relief 33.3% did not reach the 80% threshold\.$/,
  },
  {
    name: 'a baseline of 2: one point reads as 50%, flagged',
    rule: '9',
    input: block(2, [[15, 1], [30, 1], [60, 1], [120, 2]]),
    profile: multisociety,
    verdict: 'positive',
    duration: 'met',
    flags: ['low-baseline'],
  },
]

describe('textbook cases', () => {
  it.each(TEXTBOOK)('rule $rule: $name', ({ input, profile, verdict, duration, episode, reason, flags }) => {
    const analysis = analyseBlock(input, profile)
    expect(analysis.verdict).toBe(verdict)
    expect(analysis.durationStatus).toBe(duration)
    if (episode) expect(analysis.episode).toMatchObject(episode)
    if (reason) expect(analysis.reasons.some((text) => reason.test(text)), analysis.reasons.join('\n')).toBe(true)
    if (flags) expect(analysis.flags.map((flag) => flag.kind)).toEqual(flags)
    // Rule 8: never "stayed" where the diary did not show it.
    expect(analysis.reasons.join(' ')).not.toMatch(/stayed/)
  })
})

describe('rule 9: flags that make a block hard to read', () => {
  const textbook = (extra: Partial<BlockInput> = {}) => reliefAt([15, 30, 60], [120, 180], 'lidocaine', 1, extra)

  it('flags a pain medicine taken inside the no-painkiller window, or at an unknown time', () => {
    const inside = analyseBlock(textbook({ preBlockMedicines: [{ text: 'Paracetamol 1 g at 07:30', minutesBeforeBlock: 170 }] }), medicare)
    expect(inside.flags).toEqual([
      {
        kind: 'pre-block-analgesic',
        message:
          "Pain medicine taken 2 h 50 min before the block (Paracetamol 1 g at 07:30), inside the clinic's 6 h no-painkiller window: the baseline may be understated and the relief not the block's alone.",
      },
    ])
    expect(flagKinds(textbook({ preBlockMedicines: [{ text: 'Ibuprofen last night', minutesBeforeBlock: null }] }))).toEqual(['pre-block-analgesic'])
    expect(flagKinds(textbook({ preBlockMedicines: [{ text: 'Ibuprofen at 02:00', minutesBeforeBlock: 7 * 60 }] }))).toEqual([])
    expect(flagKinds(textbook({ preBlockMedicines: [{ text: 'Ibuprofen at 04:20', minutesBeforeBlock: 6 * 60 }] }))).toEqual(['pre-block-analgesic'])
  })

  it('flags the patient’s own relief 20 points or more from the pain-score figure', () => {
    const reported = (percent: number) => {
      const input = textbook()
      return { ...input, entries: input.entries.map((entry) => (entry.minutesAfterBlock === 30 ? { ...entry, reportedReliefPercent: percent } : entry)) }
    }
    expect(flagKinds(reported(40))).toEqual(['reported-relief-disagrees'])
    expect(analyseBlock(reported(40), medicare).flags[0].message).toMatch(/at 30 min \(patient 40%, scores 87.5%\)/)
    expect(flagKinds(reported(67.5))).toEqual(['reported-relief-disagrees'])
    expect(flagKinds(reported(70))).toEqual([])
  })

  it('flags medicines taken during the relief window, not after pain came back', () => {
    const withMedicineAt = (minutes: number) => {
      const input = textbook()
      return { ...input, entries: input.entries.map((entry) => (entry.minutesAfterBlock === minutes ? { ...entry, medicines: 'Codeine 30 mg' } : entry)) }
    }
    expect(flagKinds(withMedicineAt(30))).toEqual(['medicines-during-relief'])
    expect(flagKinds(withMedicineAt(180))).toEqual([])
  })

  it('never lets a flag other than late onset change the verdict', () => {
    const flagged = textbook({ preBlockMedicines: [{ text: 'Paracetamol', minutesBeforeBlock: 60 }] })
    expect(analyseBlock(flagged, medicare).verdict).toBe(analyseBlock(textbook(), medicare).verdict)
  })

  it('fires the pre-block analgesic flag on the demo diary (paracetamol at 07:30 before a 10:20 block)', () => {
    const blockTime = zonedDateTime(new Date('2026-11-20T12:00:00Z'), 'Europe/London', { hour: 10, minute: 20 })
    const input = toBlockInput({
      baselineNrs: null,
      blockTime,
      agent: 'lidocaine',
      blockNumber: 1,
      entries: JORDAN_BLOCK_1_ANSWERS.map(({ key, ...answer }) => ({ ...answer, timePointKey: key })),
    }, undefined, 'Europe/London')
    expect(input.preBlockMedicines).toEqual([{ text: 'Paracetamol 1 g at 07:30', minutesBeforeBlock: 170 }])
    for (const profile of DEFAULT_CRITERIA_PROFILES) {
      const analysis = analyseBlock(input, profile)
      expect(analysis.flags.map((flag) => flag.kind)).toContain('pre-block-analgesic')
      expect(analysis.missedMinutes).toEqual([420])
    }
    // Ibuprofen at 4 h came after pain was back (3 h): not inside the relief window.
    expect(analyseBlock(input, medicare).flags.map((flag) => flag.kind)).toEqual(['pre-block-analgesic'])
    expect(analyseBlock(input, medicare).verdict).toBe('positive')
  })
})

describe('combineFlags', () => {
  it('lists each flag once, naming the profiles only when not all of them raise it', () => {
    const lateUnderMedicare = reliefAt([60, 120, 180], [240], 'lidocaine', 1, { preBlockMedicines: [{ text: 'Paracetamol', minutesBeforeBlock: 30 }] })
    const withHalfRelief = { ...lateUnderMedicare, entries: [...lateUnderMedicare.entries, { minutesAfterBlock: 15, nrs: 4 }, { minutesAfterBlock: 30, nrs: 4 }] }
    const flags = combineFlags(DEFAULT_CRITERIA_PROFILES.map((profile) => ({ profile, block: analyseBlock(withHalfRelief, profile) })))
    expect(flags.map((flag) => [flag.kind, flag.profileNames])).toEqual([
      ['pre-block-analgesic', null],
      ['late-onset', ['Medicare facet LCD']],
    ])
    expect(flags[1].message).toMatch(/^Relief first reached 80% at 1 h, after the 30 min onset window for lidocaine/)
  })
})

describe('reading when a pre-block medicine was taken', () => {
  const block1020 = zonedDateTime(new Date('2026-06-10T12:00:00Z'), 'Europe/London', { hour: 10, minute: 20 })
  it.each([
    ['Paracetamol 1 g at 07:30', 170],
    ['ibuprofen 7.30 am', 170],
    ['Naproxen at 9:50 pm', 12 * 60 + 30],
    ['co-codamol 19h15 then 08:00', 140],
    ['Paracetamol this morning', null],
  ])('%s is %s minutes before a 10:20 block', (text, minutes) => {
    expect(minutesBeforeBlock(text, block1020, 'Europe/London')).toBe(minutes)
  })
  it('needs a block time', () => {
    expect(minutesBeforeBlock('at 07:30', null, 'Europe/London')).toBeNull()
  })
})

describe('rule 6: concordance of comparative blocks, judged whenever both reach the threshold', () => {
  const lidocaine2h = reliefAt([15, 30, 60], [120, 180])
  const bupivacaine3h = reliefAt([15, 30, 60, 120, 180], [240, 300], 'bupivacaine', 2)

  it('is concordant when bupivacaine demonstrably outlasts lidocaine', () => {
    const result = concordance(lidocaine2h, bupivacaine3h, medicare)
    expect(result).toMatchObject({ bothReachedThreshold: true, status: 'concordant' })
    expect(result.reasons[0]).toMatch(/^Concordant: bupivacaine relief at least 3 h, at most 4 h; lidocaine relief at least 1 h, at most 2 h\./)
  })

  it('is discordant when lidocaine outlasts bupivacaine, even though the bupivacaine block fails the duration rule', () => {
    const longLidocaine = reliefAt([15, 30, 60, 120, 180, 240], [300])
    const shortBupivacaine = reliefAt([15, 30, 60, 120], [180, 240], 'bupivacaine', 2)
    const series = analyseSeries([longLidocaine, shortBupivacaine], medicare)
    expect(series.blocks.map((analysis) => analysis.verdict)).toEqual(['positive', 'negative'])
    expect(series.concordance?.status).toBe('discordant')
  })

  it('is indeterminate when the intervals overlap', () => {
    const lidocaine = reliefAt([15, 30, 60, 120], [180])
    const bupivacaine = reliefAt([15, 30, 60, 120], [240], 'bupivacaine', 2)
    expect(concordance(lidocaine, bupivacaine, medicare).status).toBe('indeterminate')
  })

  it('is indeterminate when a window is cut off by the end of the diary', () => {
    const lidocaineEndsInRelief = reliefAt([15, 30, 60], [])
    expect(concordance(lidocaineEndsInRelief, bupivacaine3h, medicare).status).toBe('indeterminate')
  })

  it('is not applicable when a block stays below the threshold, or both used the same agent', () => {
    const below = block(8, [[15, 6], [30, 6], [60, 6]], 'bupivacaine', 2)
    expect(concordance(lidocaine2h, below, medicare)).toMatchObject({ bothReachedThreshold: false, status: 'not-applicable' })
    expect(concordance(lidocaine2h, { ...lidocaine2h, blockNumber: 2 }, medicare).status).toBe('not-applicable')
  })
})

describe('rule 7: series verdicts', () => {
  const positiveLidocaine = reliefAt([15, 30, 60], [120, 180])
  const positiveBupivacaine = reliefAt([15, 30, 60, 120, 180], [240, 300], 'bupivacaine', 2)
  const negativeBupivacaine = block(8, [[15, 6], [30, 6], [60, 6], [120, 7]], 'bupivacaine', 2)
  const undecided = block(8, [[15, 1]], 'bupivacaine', 2)

  it('under a one-block profile, leads with the discordance when the other block is negative', () => {
    const series = analyseSeries([positiveLidocaine, negativeBupivacaine], multisociety)
    expect(series.verdict).toBe('indeterminate')
    expect(series.discordantBlocks).toBe(true)
    expect(series.reasons[0]).toMatch(/^Discordant blocks: block 1 \(lidocaine\) is positive but block 2 \(bupivacaine\) is negative\./)
    expect(series.reasons.join(' ')).not.toMatch(/is enough/)
  })

  it('under a one-block profile, one positive block is enough when no block contradicts it', () => {
    expect(analyseSeries([positiveLidocaine], multisociety)).toMatchObject({ verdict: 'positive', discordantBlocks: false })
    expect(analyseSeries([positiveLidocaine, undecided], multisociety).verdict).toBe('positive')
    expect(analyseSeries([negativeBupivacaine], multisociety).verdict).toBe('negative')
  })

  it('under Medicare, needs two positive blocks; any negative block makes the series negative', () => {
    expect(analyseSeries([positiveLidocaine, positiveBupivacaine], medicare).verdict).toBe('positive')
    expect(analyseSeries([positiveLidocaine], medicare).reasons[0]).toMatch(/a second confirming block is needed/)
    expect(analyseSeries([positiveLidocaine, negativeBupivacaine], medicare).verdict).toBe('negative')
    expect(analyseSeries([positiveLidocaine, undecided], medicare).verdict).toBe('indeterminate')
    expect(analyseSeries([], medicare).verdict).toBe('indeterminate')
  })

  it('sorts blocks by number and compares the first two', () => {
    const series = analyseSeries([positiveBupivacaine, positiveLidocaine], medicare)
    expect(series.blocks.map((analysis) => analysis.blockNumber)).toEqual([1, 2])
    expect(series.concordance?.status).toBe('concordant')
  })
})

describe('analyseBlock: indeterminate and details', () => {
  it('is indeterminate without a usable baseline, still listing scores for the chart', () => {
    const analysis = analyseBlock(block(null, [[15, 1], [30, 1], [60, 2]]), medicare)
    expect(analysis.verdict).toBe('indeterminate')
    expect(analysis.reasons[0]).toMatch(/Baseline pain score is missing/)
    expect(analysis.points.map((point) => point.nrs)).toEqual([1, 1, 2])
    expect(analysis.episode).toBeNull()
    expect(analyseBlock(block(0, [[15, 0], [30, 0], [60, 0]]), medicare).verdict).toBe('indeterminate')
  })

  it('is indeterminate with fewer scored time points than the profile needs', () => {
    const analysis = analyseBlock(block(8, [[15, 1], [30, 1], [30, 1]]), medicare)
    expect(analysis.verdict).toBe('indeterminate')
    expect(analysis.reasons[0]).toBe('Only 2 diary entries with a pain score were recorded; at least 3 are needed to decide.')
  })

  it('counts relief exactly at the threshold as reaching it', () => {
    const analysis = analyseBlock(block(10, [[15, 2], [30, 2], [60, 2], [120, 5]]), medicare)
    expect(analysis.points[0]).toMatchObject({ reliefPercent: 80, atOrAboveThreshold: true })
    expect(analysis.verdict).toBe('positive')
  })

  it('lists the scheduled time points that were not answered', () => {
    expect(analyseBlock(reliefAt([15, 60], [120]), medicare).missedMinutes).toEqual([30, 180, 240, 300, 360, 420, 480, 1360])
  })

  it('mentions ignored entries in the reasons and does not change its input', () => {
    const input = block(8, [[15, 1], [30, 1], [60, 1], [120, 7], [90, 11], [100, null]])
    const copy = structuredClone(input)
    const analysis = analyseBlock(input, medicare)
    expect(analysis.reasons.at(-1)).toBe('Ignored: 1 entry without a pain score; 1 entry with a value outside the scale.')
    expect(input).toEqual(copy)
  })

  it('uses the profile’s configurable values', () => {
    const strict = parseCriteriaProfile({ ...medicare, expectedMinimumHours: { lidocaine: 2, bupivacaine: 3, other: 1 } })
    expect(analyseBlock(reliefAt([15, 30, 60], [120]), strict).durationStatus).toBe('not-met')
    const narrowBridge = parseCriteriaProfile({ ...medicare, bridgeGapMinutes: 60 })
    expect(analyseBlock(reliefAt([15, 30, 120], [180]), narrowBridge).episode).toMatchObject({ atLeastMinutes: 30, atMostMinutes: null, openEnd: 'gap-in-diary' })
    const wideOnset = parseCriteriaProfile({ ...multisociety, onsetWindowMinutes: { lidocaine: 60, bupivacaine: 60, other: 60 } })
    expect(analyseBlock(reliefAt([60, 120], [15, 30, 180]), wideOnset).verdict).toBe('positive')
  })
})

describe('criteria profiles', () => {
  it('ships the two default profiles with their criteria, source and jurisdiction', () => {
    expect(MEDICARE_LCD_PROFILE).toEqual({
      id: 'medicare-lcd',
      name: 'Medicare facet LCD',
      source: 'Medicare LCD L38803, Facet Joint Interventions for Pain Management',
      jurisdiction: 'United States (Medicare)',
      reliefThresholdPercent: 80,
      blocksRequired: 2,
      durationMustFitAgent: true,
      expectedMinimumHours: { lidocaine: 1, bupivacaine: 3, other: 1 },
      expectedMaximumHours: { lidocaine: 4, bupivacaine: 12, other: 12 },
      onsetWindowMinutes: { lidocaine: 30, bupivacaine: 60, other: 60 },
      bridgeGapMinutes: 120,
      noPainkillerWindowHours: 6,
      reportedReliefDisagreementPoints: 20,
      minimumEntries: 3,
    })
    expect(MULTISOCIETY_2020_PROFILE).toMatchObject({
      id: 'multisociety-2020',
      source: 'Cohen et al. 2020, Reg Anesth Pain Med 45:424',
      reliefThresholdPercent: 50,
      blocksRequired: 1,
      durationMustFitAgent: false,
    })
    expect(DEFAULT_EXPECTED_MINIMUM_HOURS).toEqual({ lidocaine: 1, bupivacaine: 3, other: 1 })
    expect(findDefaultProfile('multisociety-2020')).toBe(MULTISOCIETY_2020_PROFILE)
    expect(findDefaultProfile('nope')).toBeUndefined()
  })

  it('keeps the defaults immutable', () => {
    expect(Object.isFrozen(MEDICARE_LCD_PROFILE)).toBe(true)
    expect(Object.isFrozen(MEDICARE_LCD_PROFILE.expectedMinimumHours)).toBe(true)
    expect(Object.isFrozen(MEDICARE_LCD_PROFILE.onsetWindowMinutes)).toBe(true)
    expect(Object.isFrozen(DEFAULT_EXPECTED_MINIMUM_HOURS)).toBe(true)
  })

  it('validates the default profiles', () => {
    for (const profile of DEFAULT_CRITERIA_PROFILES) expect(criteriaProfileSchema.parse(profile)).toEqual(profile)
  })

  it('fills in defaults and strips unknown keys from a CMS document', () => {
    const parsed = parseCriteriaProfile({ id: 'clinic', name: 'Clinic rule', reliefThresholdPercent: 70, blocksRequired: 2, durationMustFitAgent: true, updatedAt: '2025-01-01' })
    expect(parsed).toMatchObject({ id: 'clinic', source: 'Clinic-defined criteria', jurisdiction: 'This clinic', bridgeGapMinutes: 120, minimumEntries: 3 })
    expect(parsed).not.toHaveProperty('updatedAt')
  })

  it.each([
    [{ reliefThresholdPercent: 0 }, /above 0%/],
    [{ reliefThresholdPercent: 120 }, /cannot exceed 100%/],
    [{ reliefThresholdPercent: '80' }, /must be a number/],
    [{ blocksRequired: 3 }, /1 or 2/],
    [{ minimumEntries: 0 }, /at least 1/],
    [{ minimumEntries: 2.5 }, /whole number/],
    [{ expectedMinimumHours: { lidocaine: -1, bupivacaine: 3, other: 1 } }, /cannot be negative/],
    [{ expectedMinimumHours: { lidocaine: 1, bupivacaine: 3 } }, /must be a number/],
    [{ expectedMaximumHours: { lidocaine: 0.5, bupivacaine: 12, other: 12 } }, /cannot be below its expected minimum/],
    [{ onsetWindowMinutes: { lidocaine: 0, bupivacaine: 60, other: 60 } }, /at least 1 minute/],
    [{ bridgeGapMinutes: 5 }, /at least 15 minutes/],
    [{ reportedReliefDisagreementPoints: 0 }, /at least 1 point/],
    [{ name: '  ' }, /name is required/],
    [{ durationMustFitAgent: 'yes' }, /true or false/],
  ])('rejects %o', (change, message) => {
    const candidate = { ...MEDICARE_LCD_PROFILE, ...change }
    expect(criteriaProfileSchema.safeParse(candidate).success).toBe(false)
    expect(() => parseCriteriaProfile(candidate)).toThrow(message)
  })

  it('rejects a non-object', () => {
    expect(() => parseCriteriaProfile(null)).toThrow(/Invalid criteria profile/)
  })
})
