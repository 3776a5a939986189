import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CRITERIA_PROFILES,
  analyseBlock,
  analyseSeries,
  computeReliefPercent,
  criteriaProfileSchema,
  type AnaestheticAgent,
  type BlockAnalysis,
  type BlockInput,
  type CriteriaProfile,
  type DiaryEntryInput,
} from '@/lib/block-analysis'

const RUNS = { numRuns: 300 }

// ---------------------------------------------------------------------------------------------
// Generators

const agentArb = fc.constantFrom<AnaestheticAgent>('lidocaine', 'bupivacaine', 'other')

/** Mostly low scores, so that many generated blocks are positive. */
const scoreArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 2 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 10, noNaN: true }) },
)

const minutesArb = fc.integer({ min: 0, max: 24 * 60 })

const entryAtArb = (minutes: fc.Arbitrary<number>): fc.Arbitrary<DiaryEntryInput> =>
  fc.record({
    minutesAfterBlock: minutes,
    nrs: fc.oneof({ weight: 6, arbitrary: scoreArb }, { weight: 1, arbitrary: fc.constant(null) }),
    reportedReliefPercent: fc.option(fc.integer({ min: 0, max: 100 })),
    activity: fc.option(fc.constantFrom('walking', 'sitting', 'standing')),
  })

/** Entries with distinct time points. */
const uniqueEntriesArb = fc.uniqueArray(entryAtArb(minutesArb), {
  minLength: 0,
  maxLength: 14,
  selector: (entry) => entry.minutesAfterBlock,
})

/** Entries that may share time points, or be timed before the block. */
const messyEntriesArb = fc.array(entryAtArb(fc.integer({ min: -30, max: 600 }).map((m) => m - (m % 15))), {
  maxLength: 20,
})

const baselineArb = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.5, max: 10, noNaN: true }))

const blockArb = (entries: fc.Arbitrary<DiaryEntryInput[]>): fc.Arbitrary<BlockInput> =>
  fc.record({
    baselineNrs: baselineArb,
    entries,
    agent: agentArb,
    blockNumber: fc.integer({ min: 1, max: 2 }),
  })

const profileArb: fc.Arbitrary<CriteriaProfile> = fc.oneof(
  fc.constantFrom(...DEFAULT_CRITERIA_PROFILES),
  fc.record({
    id: fc.constant('generated'),
    name: fc.constant('Generated profile'),
    reliefThresholdPercent: fc.integer({ min: 1, max: 100 }),
    blocksRequired: fc.constantFrom<1 | 2>(1, 2),
    durationMustFitAgent: fc.boolean(),
    expectedMinimumHours: fc.record({
      lidocaine: fc.integer({ min: 0, max: 4 }),
      bupivacaine: fc.integer({ min: 0, max: 10 }),
      other: fc.integer({ min: 0, max: 4 }),
    }),
    minimumEntries: fc.integer({ min: 1, max: 6 }),
  }),
)

/** The measurements a verdict depends on, without the explanation of ignored entries. */
function metrics(analysis: BlockAnalysis) {
  const { ignored: _ignored, reasons: _reasons, ...rest } = analysis
  return rest
}

function scoredMinutes(entries: readonly DiaryEntryInput[]): number[] {
  return entries
    .filter((entry) => entry.nrs !== null && entry.minutesAfterBlock >= 0)
    .map((entry) => entry.minutesAfterBlock)
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('block analysis properties', () => {
  it('keeps relief within [-100, 100] for any scores', () => {
    fc.assert(
      fc.property(
        fc.double({ min: Number.MIN_VALUE, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (baseline, nrs) => {
          const relief = computeReliefPercent(baseline, nrs)
          expect(relief).toBeGreaterThanOrEqual(-100)
          expect(relief).toBeLessThanOrEqual(100)
          expect(Math.round(relief * 10) / 10).toBe(relief)
        },
      ),
      RUNS,
    )
  })

  it('keeps every computed point and the peak within [-100, 100]', () => {
    fc.assert(
      fc.property(blockArb(messyEntriesArb), profileArb, (block, profile) => {
        const analysis = analyseBlock(block, profile)
        for (const point of analysis.points) {
          expect(point.reliefPercent).not.toBeNull()
          expect(Math.abs(point.reliefPercent as number)).toBeLessThanOrEqual(100)
        }
        if (analysis.peakReliefPercent !== null)
          expect(Math.abs(analysis.peakReliefPercent)).toBeLessThanOrEqual(100)
      }),
      RUNS,
    )
  })

  it('is indeterminate for a missing or zero baseline, whatever the diary says', () => {
    fc.assert(
      fc.property(
        blockArb(messyEntriesArb),
        profileArb,
        fc.constantFrom(null, 0, -0),
        (block, profile, baselineNrs) => {
          const analysis = analyseBlock({ ...block, baselineNrs }, profile)
          expect(analysis.verdict).toBe('indeterminate')
          expect(analysis.reasons[0]).toMatch(/^Baseline pain score/)
          expect(analysis.peakReliefPercent).toBeNull()
          expect(analysis.durationAtThresholdMinutes).toBe(0)
        },
      ),
      RUNS,
    )
  })

  it('never turns a positive block negative when the pain score at any entry is lowered', () => {
    fc.assert(
      fc.property(
        blockArb(uniqueEntriesArb),
        profileArb,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (block, profile, index, fraction) => {
          const scored = block.entries.flatMap((entry, i) => (entry.nrs === null ? [] : [i]))
          fc.pre(scored.length > 0)
          const target = scored[index % scored.length]
          const lowered = {
            ...block,
            entries: block.entries.map((entry, i) =>
              i === target ? { ...entry, nrs: (entry.nrs as number) * fraction } : entry,
            ),
          }
          const before = analyseBlock(block, profile)
          const after = analyseBlock(lowered, profile)
          if (before.verdict === 'positive') expect(after.verdict).toBe('positive')
          if (before.peakReliefPercent !== null && after.peakReliefPercent !== null) {
            expect(after.peakReliefPercent).toBeGreaterThanOrEqual(before.peakReliefPercent)
          }
          expect(after.durationAtThresholdMinutes).toBeGreaterThanOrEqual(before.durationAtThresholdMinutes)
        },
      ),
      RUNS,
    )
  })

  it('never turns a positive series negative when one block improves', () => {
    fc.assert(
      fc.property(
        fc.array(blockArb(uniqueEntriesArb), { minLength: 1, maxLength: 2 }),
        profileArb,
        (blocks, profile) => {
          const improved = blocks.map((block, i) =>
            i === 0
              ? {
                  ...block,
                  entries: block.entries.map((entry) => ({
                    ...entry,
                    nrs: entry.nrs === null ? null : entry.nrs / 2,
                  })),
                }
              : block,
          )
          if (analyseSeries(blocks, profile).verdict === 'positive') {
            expect(analyseSeries(improved, profile).verdict).toBe('positive')
          }
        },
      ),
      RUNS,
    )
  })

  it('gives the same result whatever the order of entries with distinct time points', () => {
    const blockAndShuffle = blockArb(uniqueEntriesArb).chain((block) =>
      fc
        .shuffledSubarray([...block.entries], {
          minLength: block.entries.length,
          maxLength: block.entries.length,
        })
        .map((shuffled) => [block, { ...block, entries: shuffled }] as const),
    )
    fc.assert(
      fc.property(blockAndShuffle, profileArb, ([block, shuffled], profile) => {
        expect(analyseBlock(shuffled, profile)).toEqual(analyseBlock(block, profile))
      }),
      RUNS,
    )
  })

  it('handles duplicated time points deterministically: the last usable entry given wins', () => {
    fc.assert(
      fc.property(blockArb(messyEntriesArb), profileArb, (block, profile) => {
        const first = analyseBlock(block, profile)
        expect(analyseBlock(structuredClone(block), profile)).toEqual(first)

        const lastWins = new Map<number, DiaryEntryInput>()
        for (const entry of block.entries) {
          if (entry.nrs !== null && entry.minutesAfterBlock >= 0) lastWins.set(entry.minutesAfterBlock, entry)
        }
        const deduplicated = analyseBlock({ ...block, entries: [...lastWins.values()].reverse() }, profile)
        expect(metrics(first)).toEqual(metrics(deduplicated))
        expect(first.verdict).toBe(deduplicated.verdict)
      }),
      RUNS,
    )
  })

  it('keeps one point per time point, sorted by time', () => {
    fc.assert(
      fc.property(blockArb(messyEntriesArb), profileArb, (block, profile) => {
        const times = analyseBlock(block, profile).points.map((point) => point.minutesAfterBlock)
        expect(times).toEqual([...new Set(scoredMinutes(block.entries))].sort((a, b) => a - b))
      }),
      RUNS,
    )
  })

  it('never measures a duration longer than the span of the entries', () => {
    fc.assert(
      fc.property(blockArb(messyEntriesArb), profileArb, (block, profile) => {
        const analysis = analyseBlock(block, profile)
        const times = analysis.points.map((point) => point.minutesAfterBlock)
        const span = times.length ? Math.max(...times) - Math.min(...times) : 0
        expect(analysis.durationAtThresholdMinutes).toBeGreaterThanOrEqual(0)
        expect(analysis.durationAtThresholdMinutes).toBeLessThanOrEqual(span)
      }),
      RUNS,
    )
  })

  it('never counts time outside the entries at or above the threshold', () => {
    fc.assert(
      fc.property(blockArb(messyEntriesArb), profileArb, (block, profile) => {
        const analysis = analyseBlock(block, profile)
        const above = analysis.points
          .filter((point) => point.atOrAboveThreshold)
          .map((point) => point.minutesAfterBlock)
        const aboveSpan = above.length ? Math.max(...above) - Math.min(...above) : 0
        expect(analysis.durationAtThresholdMinutes).toBeLessThanOrEqual(aboveSpan)
        if (above.length > 0) expect(Math.min(...above)).toBe(analysis.onsetMinutes)
      }),
      RUNS,
    )
  })

  it('keeps the verdict consistent with the measurements', () => {
    fc.assert(
      fc.property(blockArb(messyEntriesArb), profileArb, (block, profile) => {
        const analysis = analyseBlock(block, profile)
        expect(analysis.reasons.length).toBeGreaterThan(0)
        if (analysis.points.length < profile.minimumEntries) expect(analysis.verdict).toBe('indeterminate')
        if (analysis.verdict === 'indeterminate') return
        const reached = (analysis.peakReliefPercent as number) >= profile.reliefThresholdPercent
        const durationOk = !profile.durationMustFitAgent || analysis.durationFitsAgent
        expect(analysis.verdict).toBe(reached && durationOk ? 'positive' : 'negative')
        if (reached) {
          expect(analysis.onsetMinutes).not.toBeNull()
          expect(analysis.onsetMinutes as number).toBeLessThanOrEqual(analysis.peakReliefMinutes as number)
        } else {
          expect(analysis.onsetMinutes).toBeNull()
        }
        expect(analysis.durationFitsAgent).toBe(
          analysis.durationAtThresholdMinutes >= profile.expectedMinimumHours[block.agent] * 60,
        )
      }),
      RUNS,
    )
  })

  it('accepts every generated profile with the schema', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        expect(criteriaProfileSchema.parse(profile)).toEqual(profile)
      }),
      RUNS,
    )
  })

  it('series verdicts follow the profile rules', () => {
    fc.assert(
      fc.property(fc.array(blockArb(messyEntriesArb), { maxLength: 3 }), profileArb, (blocks, profile) => {
        const series = analyseSeries(blocks, profile)
        const verdicts = series.blocks.map((analysis) => analysis.verdict)
        const positives = verdicts.filter((verdict) => verdict === 'positive').length
        const negatives = verdicts.filter((verdict) => verdict === 'negative').length
        if (profile.blocksRequired === 2) {
          if (negatives > 0) expect(series.verdict).toBe('negative')
          else expect(series.verdict).toBe(positives >= 2 ? 'positive' : 'indeterminate')
        } else if (positives > 0) {
          expect(series.verdict).toBe('positive')
        } else {
          expect(series.verdict).toBe(
            verdicts.length > 0 && negatives === verdicts.length ? 'negative' : 'indeterminate',
          )
        }
      }),
      RUNS,
    )
  })
})
