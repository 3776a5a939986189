import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_FOLLOW_UP_PLAN,
  PEG_INSTRUMENT,
  benefitSurvival,
  judgeImprovement,
  scheduleFollowUps,
  scoreAnswers,
  toCsv,
  type PatientSeries,
} from '@/lib/outcomes'
import { timeOfDay } from '@/lib/dates'

const RUNS = { numRuns: 200 }

const statusArb = fc.constantFrom('improved' as const, 'not-improved' as const, 'indeterminate' as const)
const seriesArb = fc.array(
  fc.array(fc.record({ days: fc.integer({ min: 0, max: 400 }), status: statusArb }), { maxLength: 6 }),
  { maxLength: 25 },
)

/** Reads RFC 4180 text back into rows (the reader a spreadsheet uses), to check the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (cell += '"'), index++
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') row.push(cell), (cell = '')
    else if (char === '\r' && text[index + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), index++
    else cell += char
  }
  return rows
}

describe('outcome properties', () => {
  it('the survival curve starts at 1, never rises, stays within 0-1, and its at-risk count never grows', () => {
    fc.assert(
      fc.property(seriesArb, (all) => {
        const series: PatientSeries[] = all.map((observations, index) => ({ id: String(index), observations }))
        const curve = benefitSurvival(series)
        expect(curve.steps[0].survival).toBe(1)
        expect(curve.included + curve.neverImproved).toBe(series.length)
        curve.steps.forEach((step, index) => {
          expect(step.survival).toBeGreaterThanOrEqual(0)
          expect(step.survival).toBeLessThanOrEqual(1)
          if (index === 0) return
          expect(step.survival).toBeLessThanOrEqual(curve.steps[index - 1].survival)
          if (index > 1) expect(step.atRisk).toBeLessThanOrEqual(curve.steps[index - 1].atRisk)
        })
        if (curve.medianDays !== null) {
          expect(curve.steps.find((step) => step.days === curve.medianDays)!.survival).toBeLessThanOrEqual(0.5)
        }
      }),
      RUNS,
    )
  })

  it('a lower PEG than the baseline never judges worse than a higher one', () => {
    const item = fc.integer({ min: 0, max: 10 })
    const answers = fc.tuple(item, item, item).map(([a, b, c]) => ({ 'pain-average': a, enjoyment: b, 'general-activity': c }))
    const rank = { improved: 2, 'not-improved': 1, indeterminate: 0 }
    fc.assert(
      fc.property(answers, answers, answers, (baselineAnswers, first, second) => {
        const baseline = scoreAnswers(PEG_INSTRUMENT, baselineAnswers)
        const [low, high] = [scoreAnswers(PEG_INSTRUMENT, first), scoreAnswers(PEG_INSTRUMENT, second)].sort(
          (a, b) => a.total! - b.total!,
        )
        const lowJudged = judgeImprovement(PEG_INSTRUMENT, low, baseline).status
        const highJudged = judgeImprovement(PEG_INSTRUMENT, high, baseline).status
        if (lowJudged !== 'indeterminate') expect(rank[lowJudged]).toBeGreaterThanOrEqual(rank[highJudged])
      }),
      RUNS,
    )
  })

  it('every follow-up point falls at 09:00 local in the clinic, whatever the ablation time', () => {
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2032, 0, 1) }).map((ms) => new Date(ms))
    fc.assert(
      fc.property(instant, (ablationAt) => {
        const schedule = scheduleFollowUps(ablationAt, DEFAULT_FOLLOW_UP_PLAN, 'Europe/London')
        for (const point of schedule.slice(1)) {
          expect(timeOfDay(point.dueAt, 'Europe/London')).toBe('09:00')
          expect(timeOfDay(point.opensAt, 'Europe/London')).toBe('09:00')
          expect(timeOfDay(point.closesAt, 'Europe/London')).toBe('09:00')
          expect(point.opensAt.getTime()).toBeLessThanOrEqual(point.dueAt.getTime())
          expect(point.dueAt.getTime()).toBeLessThanOrEqual(point.closesAt.getTime())
        }
        expect(schedule[0].opensAt.getTime()).toBeLessThanOrEqual(ablationAt.getTime())
      }),
      RUNS,
    )
  })

  it('CSV reads back to the same cells, with formula starts neutralised', () => {
    const cellArb = fc.oneof(fc.string(), fc.constantFrom('=1+1', '-x', '@a', 'a,b', 'say "hi"', 'two\r\nlines'))
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const expected = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)))
        expect(parseCsv(toCsv(rows))).toEqual(expected)
      }),
      RUNS,
    )
  })
})
