import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CRITERIA_PROFILES,
  DEFAULT_EXPECTED_MINIMUM_HOURS,
  MEDICARE_LCD_PROFILE,
  MULTISOCIETY_2020_PROFILE,
  analyseBlock,
  analyseSeries,
  computeReliefPercent,
  concordance,
  criteriaProfileSchema,
  describeBaselineProblem,
  findDefaultProfile,
  normaliseEntries,
  parseCriteriaProfile,
  type AnaestheticAgent,
  type BlockInput,
  type CriteriaProfile,
  type DiaryEntryInput,
} from '@/lib/block-analysis'

const medicare = MEDICARE_LCD_PROFILE
const multisociety = MULTISOCIETY_2020_PROFILE

/** Builds a block from [minutes, nrs] pairs. */
function block(
  baselineNrs: number | null,
  points: Array<[number, number | null]>,
  agent: AnaestheticAgent = 'lidocaine',
  blockNumber = 1,
): BlockInput {
  const entries: DiaryEntryInput[] = points.map(([minutesAfterBlock, nrs]) => ({ minutesAfterBlock, nrs }))
  return { baselineNrs, entries, agent, blockNumber }
}

/** Baseline 8; >= 80% relief from 15 to 120 minutes (1.75 h), then the pain comes back. */
const classicLidocaine = block(8, [
  [15, 1],
  [30, 0],
  [60, 1],
  [120, 1],
  [180, 6],
  [240, 8],
])

/** Baseline 7; >= 80% relief from 60 to 420 minutes (6 h). */
const sixHourBupivacaine = block(
  7,
  [
    [15, 4],
    [60, 1],
    [120, 1],
    [180, 0],
    [240, 1],
    [300, 1],
    [360, 1],
    [420, 1],
    [480, 5],
    [1200, 7],
  ],
  'bupivacaine',
  2,
)

/** Baseline 6; never better than 33.3% relief. */
const negativeBlock = block(6, [
  [15, 5],
  [30, 4],
  [60, 4],
  [120, 5],
  [240, 6],
])

/** Baseline 10; 60% relief for two hours. */
const sixtyPercentBlock = block(10, [
  [15, 4],
  [30, 4],
  [60, 4],
  [120, 4],
  [180, 4],
  [240, 8],
])

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

describe('analyseBlock: classic positive lidocaine block', () => {
  const analysis = analyseBlock(classicLidocaine, medicare)

  it('computes relief at every point, sorted by time', () => {
    expect(analysis.points.map((point) => point.reliefPercent)).toEqual([87.5, 100, 87.5, 87.5, 25, 0])
    expect(analysis.points.map((point) => point.atOrAboveThreshold)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ])
  })

  it('finds peak, onset and duration', () => {
    expect(analysis.peakReliefPercent).toBe(100)
    expect(analysis.peakReliefMinutes).toBe(30)
    expect(analysis.onsetMinutes).toBe(15)
    expect(analysis.durationAtThresholdMinutes).toBe(105)
    expect(analysis.durationAtThresholdHours).toBe(1.75)
    expect(analysis.expectedMinimumHours).toBe(1)
    expect(analysis.durationFitsAgent).toBe(true)
  })

  it('is positive under both profiles, with plain reasons', () => {
    expect(analysis.verdict).toBe('positive')
    expect(analysis.reasons).toContain('Peak relief 100% reached the 80% threshold.')
    expect(analysis.reasons.join(' ')).toMatch(/for 1\.75 hours/)
    expect(analysis.reasons.join(' ')).toMatch(/meets the expected minimum of 1 hour for lidocaine/)
    expect(analyseBlock(classicLidocaine, multisociety).verdict).toBe('positive')
  })

  it('echoes block identity and profile', () => {
    expect(analysis).toMatchObject({
      blockNumber: 1,
      agent: 'lidocaine',
      profileId: 'medicare-lcd',
      reliefThresholdPercent: 80,
      baselineNrs: 8,
    })
  })

  it('does not change its input', () => {
    const copy = structuredClone(classicLidocaine)
    analyseBlock(classicLidocaine, medicare)
    expect(classicLidocaine).toEqual(copy)
  })
})

describe('analyseBlock: bupivacaine block lasting six hours', () => {
  const analysis = analyseBlock(sixHourBupivacaine, medicare)

  it('measures six hours at or above 80% and fits bupivacaine', () => {
    expect(analysis.onsetMinutes).toBe(60)
    expect(analysis.peakReliefPercent).toBe(100)
    expect(analysis.peakReliefMinutes).toBe(180)
    expect(analysis.durationAtThresholdHours).toBe(6)
    expect(analysis.expectedMinimumHours).toBe(3)
    expect(analysis.durationFitsAgent).toBe(true)
    expect(analysis.verdict).toBe('positive')
    expect(analysis.reasons.join(' ')).toMatch(/expected minimum of 3 hours for bupivacaine/)
  })

  it('is negative under Medicare when bupivacaine relief is as short as lidocaine', () => {
    const short = { ...classicLidocaine, agent: 'bupivacaine' as const }
    const result = analyseBlock(short, medicare)
    expect(result.peakReliefPercent).toBe(100)
    expect(result.durationFitsAgent).toBe(false)
    expect(result.verdict).toBe('negative')
    expect(result.reasons).toContain('Peak relief 100% reached the 80% threshold.')
    expect(result.reasons.join(' ')).toMatch(
      /shorter than the expected minimum of 3 hours for bupivacaine, so the relief does not fit the anaesthetic/,
    )
    expect(analyseBlock(short, multisociety).verdict).toBe('positive')
  })
})

describe('analyseBlock: negative block', () => {
  it('is negative when peak relief stays below the threshold', () => {
    const analysis = analyseBlock(negativeBlock, medicare)
    expect(analysis.peakReliefPercent).toBe(33.3)
    expect(analysis.peakReliefMinutes).toBe(30)
    expect(analysis.onsetMinutes).toBeNull()
    expect(analysis.durationAtThresholdMinutes).toBe(0)
    expect(analysis.verdict).toBe('negative')
    expect(analysis.reasons).toEqual(['Peak relief 33.3% stayed below the 80% threshold.'])
    expect(analyseBlock(negativeBlock, multisociety).reasons).toEqual([
      'Peak relief 33.3% stayed below the 50% threshold.',
    ])
  })

  it('reads pain that doubled as -100% relief', () => {
    const worse = analyseBlock(
      block(4, [
        [15, 8],
        [30, 9],
        [60, 10],
      ]),
      medicare,
    )
    expect(worse.points.map((point) => point.reliefPercent)).toEqual([-100, -100, -100])
    expect(worse.verdict).toBe('negative')
  })

  it('is negative under Medicare when lidocaine relief is shorter than one hour', () => {
    const brief = analyseBlock(
      block(10, [
        [15, 1],
        [30, 1],
        [60, 1],
        [120, 6],
        [180, 8],
      ]),
      medicare,
    )
    expect(brief.durationAtThresholdMinutes).toBe(45)
    expect(brief.verdict).toBe('negative')
    expect(brief.reasons.join(' ')).toMatch(
      /0\.75 hours.*shorter than the expected minimum of 1 hour for lidocaine/,
    )
  })
})

describe('analyseBlock: gaps between diary entries', () => {
  it('counts a long gap fully when both ends are at or above the threshold', () => {
    const analysis = analyseBlock(
      block(
        10,
        [
          [15, 1],
          [60, 1],
          [300, 1],
          [360, 6],
        ],
        'bupivacaine',
      ),
      medicare,
    )
    expect(analysis.durationAtThresholdMinutes).toBe(285)
    expect(analysis.verdict).toBe('positive')
  })

  it('does not count a gap between an entry above and an entry below the threshold', () => {
    const analysis = analyseBlock(
      block(
        10,
        [
          [15, 1],
          [60, 1],
          [600, 5],
        ],
        'bupivacaine',
      ),
      medicare,
    )
    expect(analysis.durationAtThresholdMinutes).toBe(45)
    expect(analysis.verdict).toBe('negative')
  })

  it('does not count a gap between an entry below and an entry above the threshold', () => {
    const analysis = analyseBlock(
      block(
        10,
        [
          [15, 5],
          [240, 1],
          [300, 1],
        ],
        'lidocaine',
      ),
      medicare,
    )
    expect(analysis.onsetMinutes).toBe(240)
    expect(analysis.durationAtThresholdMinutes).toBe(60)
  })

  it('adds separate stretches at or above the threshold', () => {
    const analysis = analyseBlock(
      block(
        10,
        [
          [15, 1],
          [30, 1],
          [60, 5],
          [240, 1],
          [480, 1],
        ],
        'bupivacaine',
      ),
      medicare,
    )
    expect(analysis.durationAtThresholdMinutes).toBe(15 + 240)
    expect(analysis.durationAtThresholdHours).toBe(4.25)
  })

  it('bridges an unanswered time point when its neighbours are both at or above the threshold', () => {
    const analysis = analyseBlock(
      block(10, [
        [15, 1],
        [60, 1],
        [120, null],
        [180, 1],
      ]),
      medicare,
    )
    expect(analysis.points.map((point) => point.minutesAfterBlock)).toEqual([15, 60, 180])
    expect(analysis.durationAtThresholdMinutes).toBe(165)
    expect(analysis.reasons.join(' ')).toMatch(/1 entry without a pain score/)
  })

  it('gives zero duration to a single entry at or above the threshold', () => {
    const analysis = analyseBlock(
      block(10, [
        [15, 5],
        [30, 1],
        [60, 5],
      ]),
      medicare,
    )
    expect(analysis.onsetMinutes).toBe(30)
    expect(analysis.durationAtThresholdMinutes).toBe(0)
    expect(analysis.verdict).toBe('negative')
    expect(
      analyseBlock(
        block(10, [
          [15, 5],
          [30, 1],
          [60, 5],
        ]),
        multisociety,
      ).verdict,
    ).toBe('positive')
  })

  it('rounds displayed hours to two decimals but compares exact minutes', () => {
    const analysis = analyseBlock(
      block(10, [
        [0, 1],
        [100, 1],
        [120, 5],
      ]),
      medicare,
    )
    expect(analysis.durationAtThresholdMinutes).toBe(100)
    expect(analysis.durationAtThresholdHours).toBe(1.67)
  })
})

describe('analyseBlock: the two profiles disagree on a 60% relief block', () => {
  it('is negative under Medicare (80%) and positive under the multisociety consensus (50%)', () => {
    const underMedicare = analyseBlock(sixtyPercentBlock, medicare)
    const underConsensus = analyseBlock(sixtyPercentBlock, multisociety)
    expect(underMedicare.peakReliefPercent).toBe(60)
    expect(underMedicare.verdict).toBe('negative')
    expect(underMedicare.reasons).toContain('Peak relief 60% stayed below the 80% threshold.')
    expect(underConsensus.verdict).toBe('positive')
    expect(underConsensus.reasons).toContain('Peak relief 60% reached the 50% threshold.')
    expect(underConsensus.durationAtThresholdHours).toBe(2.75)
    expect(underConsensus.reasons.join(' ')).toMatch(/does not require the duration to fit/)
  })

  it('gives the same split for the whole series', () => {
    expect(analyseSeries([sixtyPercentBlock], medicare).verdict).toBe('negative')
    expect(analyseSeries([sixtyPercentBlock], multisociety).verdict).toBe('positive')
  })
})

describe('analyseBlock: indeterminate', () => {
  it('is indeterminate without a baseline, still listing scores for the chart', () => {
    const analysis = analyseBlock({ ...classicLidocaine, baselineNrs: null }, medicare)
    expect(analysis.verdict).toBe('indeterminate')
    expect(analysis.reasons).toEqual(['Baseline pain score is missing, so relief cannot be computed.'])
    expect(analysis.points).toHaveLength(6)
    expect(analysis.points.every((point) => point.reliefPercent === null && !point.atOrAboveThreshold)).toBe(
      true,
    )
    expect(analysis.peakReliefPercent).toBeNull()
    expect(analysis.onsetMinutes).toBeNull()
    expect(analysis.durationAtThresholdMinutes).toBe(0)
    expect(analysis.durationFitsAgent).toBe(false)
  })

  it('is indeterminate with a zero or out-of-scale baseline', () => {
    expect(analyseBlock({ ...classicLidocaine, baselineNrs: 0 }, medicare).reasons[0]).toMatch(
      /Baseline pain score is 0/,
    )
    expect(analyseBlock({ ...classicLidocaine, baselineNrs: 12 }, medicare).verdict).toBe('indeterminate')
  })

  it('is indeterminate with fewer scored entries than the profile needs', () => {
    const analysis = analyseBlock(
      block(8, [
        [15, 0],
        [30, 0],
        [60, null],
        [-10, 0],
      ]),
      medicare,
    )
    expect(analysis.verdict).toBe('indeterminate')
    expect(analysis.reasons[0]).toBe(
      'Only 2 diary entries with a pain score were recorded; at least 3 are needed to decide.',
    )
    expect(analysis.peakReliefPercent).toBe(100)
    expect(analysis.reasons[1]).toBe('Ignored: 1 entry without a pain score; 1 entry timed before the block.')
  })

  it('counts duplicated time points once toward the minimum', () => {
    const analysis = analyseBlock(
      block(8, [
        [15, 0],
        [15, 0],
        [30, 0],
      ]),
      multisociety,
    )
    expect(analysis.verdict).toBe('indeterminate')
    expect(analysis.reasons.join(' ')).toMatch(/1 earlier entry at an already used time point/)
  })

  it('explains an empty diary', () => {
    expect(analyseBlock(block(8, []), medicare).reasons).toEqual([
      'No diary entry with a pain score was recorded; at least 3 are needed to decide.',
    ])
  })

  it('follows a custom minimum number of entries', () => {
    const lenient: CriteriaProfile = { ...multisociety, minimumEntries: 2 }
    expect(
      analyseBlock(
        block(8, [
          [15, 0],
          [30, 0],
        ]),
        lenient,
      ).verdict,
    ).toBe('positive')
    const strict: CriteriaProfile = { ...multisociety, minimumEntries: 7 }
    expect(analyseBlock(classicLidocaine, strict).verdict).toBe('indeterminate')
  })
})

describe('analyseBlock: details', () => {
  it('uses the agent-specific expected minimum, including "other"', () => {
    const other = analyseBlock({ ...classicLidocaine, agent: 'other' }, medicare)
    expect(other.expectedMinimumHours).toBe(DEFAULT_EXPECTED_MINIMUM_HOURS.other)
    expect(other.verdict).toBe('positive')
    const custom: CriteriaProfile = {
      ...medicare,
      expectedMinimumHours: { lidocaine: 2, bupivacaine: 6, other: 1 },
    }
    expect(analyseBlock(classicLidocaine, custom).verdict).toBe('negative')
    expect(analyseBlock(sixHourBupivacaine, custom).verdict).toBe('positive')
  })

  it('reports the earliest time point on a peak tie', () => {
    const analysis = analyseBlock(
      block(10, [
        [60, 2],
        [15, 2],
        [30, 2],
      ]),
      medicare,
    )
    expect(analysis.peakReliefMinutes).toBe(15)
  })

  it('counts relief exactly at the threshold as reaching it', () => {
    const analysis = analyseBlock(
      block(10, [
        [15, 2],
        [30, 2],
        [90, 2],
      ]),
      medicare,
    )
    expect(analysis.peakReliefPercent).toBe(80)
    expect(analysis.durationAtThresholdMinutes).toBe(75)
    expect(analysis.verdict).toBe('positive')
  })

  it('passes reported relief, activity and medicines through without using them to decide', () => {
    const analysis = analyseBlock(
      {
        ...negativeBlock,
        entries: negativeBlock.entries.map((entry) => ({
          ...entry,
          reportedReliefPercent: 100,
          activity: 'walking',
          medicines: 'Paracetamol 1 g at 11:00',
        })),
      },
      medicare,
    )
    expect(analysis.verdict).toBe('negative')
    expect(analysis.points[0]).toMatchObject({ reportedReliefPercent: 100, activity: 'walking', medicines: 'Paracetamol 1 g at 11:00' })
  })

  it('mentions entries outside the scale in the reasons', () => {
    const analysis = analyseBlock(
      block(8, [
        [15, 0],
        [30, 0],
        [45, 15],
        [60, 0],
      ]),
      medicare,
    )
    expect(analysis.reasons.at(-1)).toBe('Ignored: 1 entry with a value outside the scale.')
  })
})

describe('analyseSeries', () => {
  const positiveLidocaine = classicLidocaine
  const positiveBupivacaine = sixHourBupivacaine
  const secondNegative = { ...negativeBlock, blockNumber: 2 }
  const incomplete = block(null, [[15, 1]], 'bupivacaine', 2)

  it('needs a second confirming block under Medicare', () => {
    const series = analyseSeries([positiveLidocaine], medicare)
    expect(series.verdict).toBe('indeterminate')
    expect(series.reasons.join(' ')).toMatch(/a second confirming block is needed/)
    expect(series.reasons[0]).toBe('Block 1 (lidocaine) is positive.')
    expect(series.concordance).toBeNull()
  })

  it('is positive under Medicare when both blocks are positive', () => {
    const series = analyseSeries([positiveBupivacaine, positiveLidocaine], medicare)
    expect(series.verdict).toBe('positive')
    expect(series.blocks.map((analysis) => analysis.blockNumber)).toEqual([1, 2])
    expect(series.concordance?.status).toBe('concordant')
    expect(series.blocksRequired).toBe(2)
    expect(series.profileId).toBe('medicare-lcd')
  })

  it('is negative under Medicare when any block is negative', () => {
    expect(analyseSeries([positiveLidocaine, secondNegative], medicare).verdict).toBe('negative')
    expect(analyseSeries([secondNegative], medicare).verdict).toBe('negative')
    expect(analyseSeries([incomplete, { ...negativeBlock }], medicare).verdict).toBe('negative')
  })

  it('stays indeterminate under Medicare while the second block cannot be judged', () => {
    const series = analyseSeries([positiveLidocaine, incomplete], medicare)
    expect(series.verdict).toBe('indeterminate')
    expect(series.reasons).toContain('Block 2 (bupivacaine) is indeterminate.')
    expect(analyseSeries([incomplete], medicare).verdict).toBe('indeterminate')
  })

  it('is positive under the consensus when any block is positive', () => {
    expect(analyseSeries([positiveLidocaine], multisociety).verdict).toBe('positive')
    expect(analyseSeries([negativeBlock, { ...positiveBupivacaine }], multisociety).verdict).toBe('positive')
  })

  it('is negative under the consensus only when every block is negative', () => {
    expect(analyseSeries([negativeBlock], multisociety).verdict).toBe('negative')
    expect(analyseSeries([negativeBlock, secondNegative], multisociety).verdict).toBe('negative')
    expect(analyseSeries([negativeBlock, incomplete], multisociety).verdict).toBe('indeterminate')
  })

  it('is indeterminate with no blocks', () => {
    for (const profile of DEFAULT_CRITERIA_PROFILES) {
      const series = analyseSeries([], profile)
      expect(series.verdict).toBe('indeterminate')
      expect(series.reasons).toEqual(['No block has been recorded in this series yet.'])
      expect(series.blocks).toEqual([])
    }
  })
})

describe('concordance', () => {
  it('is concordant when bupivacaine relief outlasts lidocaine relief', () => {
    const result = concordance(classicLidocaine, sixHourBupivacaine, medicare)
    expect(result).toMatchObject({
      bothPositive: true,
      status: 'concordant',
      lidocaineDurationHours: 1.75,
      bupivacaineDurationHours: 6,
    })
    expect(result.reasons[0]).toBe('Both blocks are positive.')
    expect(result.reasons[1]).toMatch(
      /^Concordant: bupivacaine relief lasted 6 hours, longer than lidocaine relief \(1\.75 hours\)/,
    )
    expect(concordance(sixHourBupivacaine, classicLidocaine, medicare).status).toBe('concordant')
  })

  it('is discordant when lidocaine relief lasts as long or longer', () => {
    const longLidocaine = { ...sixHourBupivacaine, agent: 'lidocaine' as const, blockNumber: 1 }
    const shortBupivacaine = { ...classicLidocaine, agent: 'bupivacaine' as const, blockNumber: 2 }
    const result = concordance(longLidocaine, shortBupivacaine, multisociety)
    expect(result.bothPositive).toBe(true)
    expect(result.status).toBe('discordant')
    expect(result.reasons[1]).toMatch(
      /^Discordant: bupivacaine relief lasted 1\.75 hours, not longer than lidocaine relief \(6 hours\)/,
    )
    const sameLength = { ...classicLidocaine, agent: 'bupivacaine' as const }
    expect(concordance(classicLidocaine, sameLength, multisociety).status).toBe('discordant')
  })

  it('is not applicable when both blocks used the same agent', () => {
    const result = concordance(classicLidocaine, { ...classicLidocaine, blockNumber: 2 }, medicare)
    expect(result.bothPositive).toBe(true)
    expect(result.status).toBe('not-applicable')
    expect(result.lidocaineDurationHours).toBeNull()
    expect(result.reasons[1]).toMatch(
      /needs one lidocaine block and one bupivacaine block; these blocks used lidocaine and lidocaine/,
    )
  })

  it('is not applicable when a block is not positive', () => {
    const negativeBupivacaine = { ...negativeBlock, agent: 'bupivacaine' as const, blockNumber: 2 }
    const result = concordance(classicLidocaine, negativeBupivacaine, medicare)
    expect(result.bothPositive).toBe(false)
    expect(result.status).toBe('not-applicable')
    expect(result.reasons).toEqual([
      'Not applicable: concordance needs both blocks to be positive, but block 2 (bupivacaine) is negative.',
    ])
    expect(result.lidocaineDurationHours).toBe(1.75)
    expect(result.bupivacaineDurationHours).toBe(0)
  })
})

describe('criteria profiles', () => {
  it('ships the two default profiles with the agreed criteria', () => {
    expect(MEDICARE_LCD_PROFILE).toEqual({
      id: 'medicare-lcd',
      name: 'Medicare facet LCD',
      reliefThresholdPercent: 80,
      blocksRequired: 2,
      durationMustFitAgent: true,
      expectedMinimumHours: { lidocaine: 1, bupivacaine: 3, other: 1 },
      minimumEntries: 3,
    })
    expect(MULTISOCIETY_2020_PROFILE).toMatchObject({
      id: 'multisociety-2020',
      name: '2020 multisociety consensus',
      reliefThresholdPercent: 50,
      blocksRequired: 1,
      durationMustFitAgent: false,
      minimumEntries: 3,
    })
    expect(DEFAULT_EXPECTED_MINIMUM_HOURS).toEqual({ lidocaine: 1, bupivacaine: 3, other: 1 })
    expect(findDefaultProfile('multisociety-2020')).toBe(MULTISOCIETY_2020_PROFILE)
    expect(findDefaultProfile('nope')).toBeUndefined()
  })

  it('keeps the defaults immutable', () => {
    expect(Object.isFrozen(MEDICARE_LCD_PROFILE)).toBe(true)
    expect(Object.isFrozen(MEDICARE_LCD_PROFILE.expectedMinimumHours)).toBe(true)
    expect(Object.isFrozen(DEFAULT_EXPECTED_MINIMUM_HOURS)).toBe(true)
  })

  it('validates the default profiles', () => {
    for (const profile of DEFAULT_CRITERIA_PROFILES) {
      expect(criteriaProfileSchema.parse(profile)).toEqual(profile)
    }
  })

  it('fills in defaults and strips unknown keys from a CMS document', () => {
    const parsed = parseCriteriaProfile({
      id: 'clinic',
      name: 'Clinic rule',
      reliefThresholdPercent: 70,
      blocksRequired: 2,
      durationMustFitAgent: true,
      updatedAt: '2025-01-01',
    })
    expect(parsed).toEqual({
      id: 'clinic',
      name: 'Clinic rule',
      reliefThresholdPercent: 70,
      blocksRequired: 2,
      durationMustFitAgent: true,
      expectedMinimumHours: { lidocaine: 1, bupivacaine: 3, other: 1 },
      minimumEntries: 3,
    })
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
