import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CRITERIA_PROFILES,
  analyseBlock,
  analyseSeries,
  compareBlockAnalyses,
  computeReliefPercent,
  criteriaProfileSchema,
  parseCriteriaProfile,
  type AnaestheticAgent,
  type BlockAnalysis,
  type BlockInput,
  type CriteriaProfile,
  type DiaryEntryInput,
  type Verdict,
} from '@/lib/block-analysis'

const RUNS = { numRuns: 300 }

// ---------------------------------------------------------------------------------------------
// Generators

const agentArb = fc.constantFrom<AnaestheticAgent>('lidocaine', 'bupivacaine', 'other')

/** Mostly low scores, so that many generated blocks reach the threshold. */
const scoreArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 2 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 10, noNaN: true }) },
)

/** Times near the default schedule (quarter hours up to 9 h) and the next morning. */
const minutesArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 36 }).map((quarter) => quarter * 15) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 24 * 60 }) },
)

const entryAtArb = (minutes: fc.Arbitrary<number>): fc.Arbitrary<DiaryEntryInput> =>
  fc.record({
    minutesAfterBlock: minutes,
    nrs: fc.oneof({ weight: 8, arbitrary: scoreArb }, { weight: 1, arbitrary: fc.constant(null) }),
    reportedReliefPercent: fc.option(fc.integer({ min: 0, max: 100 })),
    medicines: fc.option(fc.constantFrom('Paracetamol 1 g', 'Ibuprofen 400 mg')),
  })

/** Entries with distinct time points. */
const uniqueEntriesArb = fc.uniqueArray(entryAtArb(minutesArb), { minLength: 0, maxLength: 14, selector: (entry) => entry.minutesAfterBlock })

const baselineArb = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.5, max: 10, noNaN: true }))

const blockArb: fc.Arbitrary<BlockInput> = fc.record({
  baselineNrs: baselineArb,
  entries: uniqueEntriesArb,
  agent: agentArb,
  blockNumber: fc.integer({ min: 1, max: 2 }),
  preBlockMedicines: fc.array(fc.record({ text: fc.constant('Paracetamol'), minutesBeforeBlock: fc.option(fc.integer({ min: 0, max: 720 })) }), { maxLength: 2 }),
  scheduledMinutes: fc.constant([15, 30, 60, 120, 180, 240, 300, 360, 420, 480, 1360]),
})

const perAgentArb = (min: number, max: number) => fc.record({ lidocaine: fc.integer({ min, max }), bupivacaine: fc.integer({ min, max }), other: fc.integer({ min, max }) })

/** The default profiles, or any valid profile the clinic could configure. */
const profileArb: fc.Arbitrary<CriteriaProfile> = fc.oneof(
  fc.constantFrom(...DEFAULT_CRITERIA_PROFILES),
  fc
    .record({
      id: fc.constant('generated'),
      name: fc.constant('Generated profile'),
      reliefThresholdPercent: fc.integer({ min: 1, max: 100 }),
      blocksRequired: fc.constantFrom<1 | 2>(1, 2),
      durationMustFitAgent: fc.boolean(),
      expectedMinimumHours: perAgentArb(0, 6),
      extraHours: perAgentArb(0, 12),
      onsetWindowMinutes: perAgentArb(1, 120),
      bridgeGapMinutes: fc.integer({ min: 15, max: 600 }),
      noPainkillerWindowHours: fc.integer({ min: 0, max: 12 }),
      reportedReliefDisagreementPoints: fc.integer({ min: 1, max: 100 }),
      minimumEntries: fc.integer({ min: 1, max: 6 }),
    })
    .map(({ extraHours, ...profile }) =>
      parseCriteriaProfile({
        ...profile,
        expectedMaximumHours: {
          lidocaine: profile.expectedMinimumHours.lidocaine + extraHours.lidocaine,
          bupivacaine: profile.expectedMinimumHours.bupivacaine + extraHours.bupivacaine,
          other: profile.expectedMinimumHours.other + extraHours.other,
        },
      }),
    ),
)

const VERDICT_RANK: Record<Verdict, number> = { negative: 0, indeterminate: 1, positive: 2 }

/** Entries with a usable score, sorted by time. */
function scored(block: BlockInput): DiaryEntryInput[] {
  return block.entries.filter((entry) => entry.nrs !== null).sort((a, b) => a.minutesAfterBlock - b.minutesAfterBlock)
}

/** The documented window as [bottom, top]; a top that is not known is infinite. */
function windowOf(analysis: BlockAnalysis): [number, number] | null {
  const episode = analysis.episode
  return episode ? [episode.atLeastMinutes, episode.atMostMinutes ?? Number.POSITIVE_INFINITY] : null
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('block analysis properties', () => {
  it('keeps relief within [-100, 100] for any scores', () => {
    fc.assert(
      fc.property(baselineArb, fc.double({ min: 0, max: 10, noNaN: true }), (baseline, nrs) => {
        const relief = computeReliefPercent(baseline, nrs)
        expect(relief).toBeGreaterThanOrEqual(-100)
        expect(relief).toBeLessThanOrEqual(100)
      }),
      RUNS,
    )
  })

  it('is indeterminate for a missing or zero baseline, whatever the diary says', () => {
    fc.assert(
      fc.property(blockArb, fc.constantFrom(null, 0), profileArb, (block, baseline, profile) => {
        const analysis = analyseBlock({ ...block, baselineNrs: baseline }, profile)
        expect(analysis.verdict).toBe('indeterminate')
        expect(analysis.episode).toBeNull()
      }),
      RUNS,
    )
  })

  it('shuffling the answers (or the blocks of a series) changes nothing', () => {
    fc.assert(
      fc.property(blockArb, blockArb, profileArb, fc.infiniteStream(fc.nat()), (first, second, profile, seeds) => {
        const shuffle = <T>(items: readonly T[]) => [...items].map((item) => ({ item, key: seeds.next().value })).sort((a, b) => a.key - b.key).map(({ item }) => item)
        expect(analyseBlock({ ...first, entries: shuffle(first.entries) }, profile)).toEqual(analyseBlock(first, profile))
        const blocks = [first, { ...second, blockNumber: first.blockNumber === 1 ? 2 : 1 }]
        expect(analyseSeries(shuffle(blocks), profile)).toEqual(analyseSeries(blocks, profile))
      }),
      RUNS,
    )
  })

  it('an added answer showing pain back earlier never lengthens the documented window', () => {
    fc.assert(
      fc.property(blockArb, profileArb, fc.double({ min: 0, max: 1, noNaN: true }), (block, profile, fraction) => {
        const before = analyseBlock(block, profile)
        const window = windowOf(before)
        const last = Math.max(0, ...scored(block).map((entry) => entry.minutesAfterBlock))
        const top = window ? Math.min(window[1], last + profile.bridgeGapMinutes * 2) : last + 60
        const minutes = Math.floor(fraction * top)
        if (block.entries.some((entry) => entry.minutesAfterBlock === minutes)) return
        // Pain as bad as the baseline: 0% relief, below any threshold.
        const after = analyseBlock({ ...block, entries: [...block.entries, { minutesAfterBlock: minutes, nrs: block.baselineNrs }] }, profile)
        const widened = windowOf(after)
        if (!window) {
          expect(widened).toBeNull()
          return
        }
        expect(widened).not.toBeNull()
        expect(widened![0]).toBeLessThanOrEqual(window[0])
        expect(widened![1]).toBeLessThanOrEqual(window[1])
      }),
      RUNS,
    )
  })

  it('widening a gap beyond the bridge never turns an indeterminate (or not met) duration into a met one', () => {
    fc.assert(
      fc.property(blockArb, profileArb, fc.nat(), fc.integer({ min: 1, max: 600 }), (block, profile, pick, extra) => {
        const entries = scored(block)
        if (entries.length === 0) return
        // Widen the gap after answer `index` (-1: the gap from the block to the first answer).
        const index = (pick % (entries.length + 1)) - 1
        const from = index === -1 ? 0 : entries[index].minutesAfterBlock
        const to = entries[index + 1]?.minutesAfterBlock
        if (to === undefined) return
        const shift = from + profile.bridgeGapMinutes + extra - to
        if (shift <= 0) return
        const widened = entries.map((entry, position) => (position > index ? { ...entry, minutesAfterBlock: entry.minutesAfterBlock + shift } : entry))
        const before = analyseBlock({ ...block, entries }, profile).durationStatus
        const after = analyseBlock({ ...block, entries: widened }, profile).durationStatus
        if (before !== 'met') expect(after).not.toBe('met')
      }),
      RUNS,
    )
  })

  it('more relief from the onset on never makes the verdict worse', () => {
    fc.assert(
      fc.property(blockArb, profileArb, fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 14, maxLength: 14 }), (block, profile, drops) => {
        const before = analyseBlock(block, profile)
        const onset = before.onsetMinutes ?? -1
        const entries = block.entries.map((entry, index) =>
          entry.nrs !== null && entry.minutesAfterBlock >= onset ? { ...entry, nrs: Math.max(0, entry.nrs - drops[index]) } : entry,
        )
        const after = analyseBlock({ ...block, entries }, profile)
        expect(VERDICT_RANK[after.verdict]).toBeGreaterThanOrEqual(VERDICT_RANK[before.verdict])
      }),
      RUNS,
    )
  })

  it('documents only what was answered: the window lies on answered time points, its top within the bridge', () => {
    fc.assert(
      fc.property(blockArb, profileArb, (block, profile) => {
        const analysis = analyseBlock(block, profile)
        const answered = new Set(analysis.points.map((point) => point.minutesAfterBlock))
        const episode = analysis.episode
        if (!episode) return
        expect(answered.has(episode.firstMinutes) && answered.has(episode.atLeastMinutes)).toBe(true)
        if (episode.atMostMinutes !== null) {
          expect(answered.has(episode.atMostMinutes)).toBe(true)
          expect(episode.atMostMinutes - episode.atLeastMinutes).toBeLessThanOrEqual(profile.bridgeGapMinutes)
        }
        for (const minutes of episode.returnedReliefMinutes) expect(minutes).toBeGreaterThan(episode.atLeastMinutes)
      }),
      RUNS,
    )
  })

  it('keeps the verdict consistent with the measurements', () => {
    fc.assert(
      fc.property(blockArb, profileArb, (block, profile) => {
        const analysis = analyseBlock(block, profile)
        if (analysis.verdict === 'positive') {
          expect(analysis.episode).not.toBeNull()
          expect(analysis.onsetIsLate).toBe(false)
          if (profile.durationMustFitAgent) expect(analysis.durationStatus).toBe('met')
        }
        if (analysis.verdict === 'negative') {
          expect(analysis.episode === null || (profile.durationMustFitAgent && analysis.durationStatus === 'not-met')).toBe(true)
        }
        if (analysis.durationStatus === 'met') expect(analysis.episode!.atLeastMinutes).toBeGreaterThanOrEqual(analysis.expectedMinimumHours * 60)
      }),
      RUNS,
    )
  })

  it('judges concordance the same whichever block comes first', () => {
    fc.assert(
      fc.property(blockArb, blockArb, profileArb, (first, second, profile) => {
        const [a, b] = [analyseBlock(first, profile), analyseBlock(second, profile)]
        expect(compareBlockAnalyses(a, b).status).toBe(compareBlockAnalyses(b, a).status)
        if (compareBlockAnalyses(a, b).status === 'concordant' || compareBlockAnalyses(a, b).status === 'discordant') {
          expect(a.episode && b.episode).toBeTruthy()
        }
      }),
      RUNS,
    )
  })

  it('accepts every generated profile with the schema', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        expect(criteriaProfileSchema.safeParse(profile).success).toBe(true)
      }),
      RUNS,
    )
  })

  it('series verdicts follow the profile rules', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 3 }), profileArb, (blocks, profile) => {
        const series = analyseSeries(blocks, profile)
        const verdicts = series.blocks.map((analysis) => analysis.verdict)
        const positives = verdicts.filter((verdict) => verdict === 'positive').length
        const negatives = verdicts.filter((verdict) => verdict === 'negative').length
        if (profile.blocksRequired === 2) {
          if (negatives > 0) expect(series.verdict).toBe('negative')
          else expect(series.verdict).toBe(positives >= 2 ? 'positive' : 'indeterminate')
        } else if (positives > 0) {
          expect(series.verdict).toBe(negatives > 0 ? 'indeterminate' : 'positive')
          expect(series.discordantBlocks).toBe(negatives > 0)
        } else {
          expect(series.verdict).toBe(verdicts.length > 0 && negatives === verdicts.length ? 'negative' : 'indeterminate')
        }
      }),
      RUNS,
    )
  })
})
