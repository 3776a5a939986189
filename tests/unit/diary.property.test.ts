import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergeEntries } from '@/lib/diary'

const RUNS = { numRuns: 300 }

interface Entry {
  timePointKey: string
  answeredAt: string
  nrs: number
}

const keyArb = fc.constantFrom('baseline', '15-minutes', '30-minutes', '1-hour', '2-hours', 'next-morning')
const instantArb = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 2) })
/** The same instant written with a Z or with an offset, so comparison must be by instant. */
const answeredAtArb = fc.tuple(instantArb, fc.boolean()).map(([ms, withOffset]) => {
  if (!withOffset) return new Date(ms).toISOString()
  const shifted = new Date(ms + 60 * 60_000).toISOString().replace('Z', '+01:00')
  return shifted
})
const entryArb: fc.Arbitrary<Entry> = fc.record({
  timePointKey: keyArb,
  answeredAt: answeredAtArb,
  nrs: fc.integer({ min: 0, max: 10 }),
})
const entriesArb = fc.array(entryArb, { maxLength: 12 })
const distinctEntriesArb = fc.uniqueArray(entryArb, { selector: (e) => e.timePointKey, maxLength: 6 })

function byKey(entries: readonly Entry[]): Map<string, Entry> {
  return new Map(entries.map((entry) => [entry.timePointKey, entry]))
}

const ms = (entry: Entry) => Date.parse(entry.answeredAt)

describe('mergeEntries properties', () => {
  it('is idempotent: merging the same batch again changes nothing', () => {
    fc.assert(
      fc.property(entriesArb, entriesArb, (existing, incoming) => {
        const once = mergeEntries(existing, incoming)
        expect(mergeEntries(once, incoming)).toEqual(once)
        expect(mergeEntries(once, once)).toEqual(once)
        expect(mergeEntries(once, [])).toEqual(once)
      }),
      RUNS,
    )
  })

  it('never loses a key and never duplicates one', () => {
    fc.assert(
      fc.property(entriesArb, entriesArb, (existing, incoming) => {
        const merged = mergeEntries(existing, incoming)
        const keys = merged.map((entry) => entry.timePointKey)
        expect(new Set(keys).size).toBe(keys.length)
        expect(new Set(keys)).toEqual(new Set([...existing, ...incoming].map((entry) => entry.timePointKey)))
      }),
      RUNS,
    )
  })

  it('keeps, for every key, an entry with the latest answer time', () => {
    fc.assert(
      fc.property(entriesArb, entriesArb, (existing, incoming) => {
        for (const entry of mergeEntries(existing, incoming)) {
          const sameKey = [...existing, ...incoming].filter((e) => e.timePointKey === entry.timePointKey)
          expect(ms(entry)).toBe(Math.max(...sameKey.map(ms)))
        }
      }),
      RUNS,
    )
  })

  // A tie (one time point answered at the same instant in both batches) keeps the entry seen first,
  // by rule; apart from ties the order of the batches does not matter.
  it('does not depend on the order of batches with distinct keys, apart from ties', () => {
    fc.assert(
      fc.property(distinctEntriesArb, distinctEntriesArb, (a, b) => {
        fc.pre(!a.some((entry) => b.some((other) => other.timePointKey === entry.timePointKey && ms(other) === ms(entry))))
        expect(byKey(mergeEntries(a, b))).toEqual(byKey(mergeEntries(b, a)))
      }),
      RUNS,
    )
  })

  it('gives the same result whichever way offline re-sends are split into batches', () => {
    fc.assert(
      fc.property(distinctEntriesArb, fc.nat(), (entries, cut) => {
        const split = cut % (entries.length + 1)
        const stepwise = mergeEntries(mergeEntries([], entries.slice(0, split)), entries.slice(split))
        expect(byKey(stepwise)).toEqual(byKey(mergeEntries([], entries)))
        expect(byKey(mergeEntries(entries, entries.slice(split)))).toEqual(byKey(entries))
      }),
      RUNS,
    )
  })
})

describe('mergeEntries examples', () => {
  const early = { timePointKey: '15-minutes', answeredAt: '2026-12-01T10:16:00Z', nrs: 3 }
  const late = { timePointKey: '15-minutes', answeredAt: '2026-12-01T10:20:00Z', nrs: 2 }

  it('lets the later answer win, whichever side it comes from', () => {
    expect(mergeEntries([early], [late])).toEqual([late])
    expect(mergeEntries([late], [early])).toEqual([late])
  })

  it('keeps the existing entry on a tie', () => {
    const sameTime = { ...early, nrs: 9 }
    expect(mergeEntries([early], [sameTime])).toEqual([early])
  })

  it('compares instants, not strings', () => {
    const offset = { ...early, answeredAt: '2026-12-01T11:17:00+01:00', nrs: 5 } // 10:17Z, later than 10:16Z
    expect(mergeEntries([early], [offset])).toEqual([offset])
  })
})
