import { describe, expect, it } from 'vitest'
import {
  DEFAULT_FOLLOW_UP_PLAN,
  benefitDuration,
  benefitSurvival,
  currentFollowUp,
  followUpPlanSchema,
  followUpStates,
  scheduleFollowUps,
  type FollowUpPlan,
  type PatientSeries,
} from '@/lib/outcomes'

const iso = (date: Date) => date.toISOString()

describe('follow-up schedule', () => {
  // 14:00 GMT on New Year's Eve; British Summer Time starts on 28 March 2027.
  const ablationAt = new Date('2026-12-31T14:00:00Z')
  const schedule = scheduleFollowUps(ablationAt, DEFAULT_FOLLOW_UP_PLAN, 'Europe/London')
  const byKey = Object.fromEntries(schedule.map((point) => [point.key, point]))

  it('opens the baseline two weeks ahead and closes it at the ablation', () => {
    expect(iso(byKey.baseline.opensAt)).toBe('2026-12-17T09:00:00.000Z')
    expect(iso(byKey.baseline.dueAt)).toBe('2026-12-31T14:00:00.000Z')
    expect(iso(byKey.baseline.closesAt)).toBe('2026-12-31T14:00:00.000Z')
  })

  it('puts every point at 09:00 local, in winter time and in summer time', () => {
    expect(iso(byKey['6-weeks'].dueAt)).toBe('2027-02-11T09:00:00.000Z') // GMT
    expect(iso(byKey['3-months'].opensAt)).toBe('2027-03-24T09:00:00.000Z') // 09:00 GMT, before the change
    expect(iso(byKey['3-months'].dueAt)).toBe('2027-03-31T08:00:00.000Z') // 09:00 BST, after it
    expect(iso(byKey['3-months'].closesAt)).toBe('2027-04-21T08:00:00.000Z')
    expect(iso(byKey['12-months'].dueAt)).toBe('2027-12-31T09:00:00.000Z') // GMT again
  })

  it('counts calendar months, ending on the last day of a shorter month', () => {
    expect(iso(byKey['6-months'].dueAt)).toBe('2027-06-30T08:00:00.000Z') // 31 December + 6 months
    const monthly: FollowUpPlan = {
      dueTime: '18:30',
      points: [{ key: '1-month', label: '1 month', timing: { kind: 'after', amount: 1, unit: 'months' }, opensDaysBefore: 0, closesDaysAfter: 7, instrumentIds: ['peg'] }],
    }
    expect(iso(scheduleFollowUps(new Date('2027-01-31T10:00:00Z'), monthly, 'Europe/London')[0].dueAt)).toBe('2027-02-28T18:30:00.000Z')
    expect(iso(scheduleFollowUps(new Date('2028-01-31T10:00:00Z'), monthly, 'Europe/London')[0].dueAt)).toBe('2028-02-29T18:30:00.000Z')
  })

  it('keeps a window that spans the clocks going back at local 09:00 on both ends', () => {
    // 10:30 BST on 15 September 2027; the clocks go back on 31 October 2027.
    const autumn = scheduleFollowUps(new Date('2027-09-15T09:30:00Z'), DEFAULT_FOLLOW_UP_PLAN, 'Europe/London')
    const sixWeeks = autumn.find((point) => point.key === '6-weeks')!
    expect(iso(sixWeeks.dueAt)).toBe('2027-10-27T08:00:00.000Z') // 09:00 BST
    expect(iso(sixWeeks.closesAt)).toBe('2027-11-10T09:00:00.000Z') // 09:00 GMT
  })

  it('uses the local calendar date of the ablation, not the UTC one', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    const sixWeeks = scheduleFollowUps(new Date('2027-06-30T23:30:00Z'), DEFAULT_FOLLOW_UP_PLAN, 'Europe/London')[1]
    expect(iso(sixWeeks.dueAt)).toBe('2027-08-12T08:00:00.000Z')
  })

  it('says which point is upcoming, due, overdue, closed or answered', () => {
    const at = (text: string) => followUpStates(schedule, { baseline: new Date('2026-12-20T10:00:00Z') }, new Date(text))
    const statuses = (text: string) => Object.fromEntries(at(text).map((state) => [state.key, state.status]))
    expect(statuses('2027-02-09T12:00:00Z')).toEqual({
      baseline: 'answered',
      '6-weeks': 'due',
      '3-months': 'upcoming',
      '6-months': 'upcoming',
      '12-months': 'upcoming',
    })
    expect(statuses('2027-02-11T09:00:00Z')['6-weeks']).toBe('overdue') // from the due time itself
    expect(statuses('2027-02-25T08:59:59Z')['6-weeks']).toBe('overdue')
    expect(statuses('2027-02-25T09:00:00Z')['6-weeks']).toBe('closed')
    expect(currentFollowUp(at('2027-02-12T00:00:00Z'))?.key).toBe('6-weeks')
    expect(currentFollowUp(at('2027-03-01T00:00:00Z'))).toBeNull()
    const unanswered = followUpStates(schedule, {}, new Date('2026-12-31T14:00:00Z'))
    expect(unanswered[0].status).toBe('closed') // the baseline shuts at the ablation
  })

  it('validates a plan edited in the CMS', () => {
    expect(followUpPlanSchema.safeParse(DEFAULT_FOLLOW_UP_PLAN).success).toBe(true)
    const messages = (plan: unknown) => followUpPlanSchema.safeParse(plan).error?.issues.map((issue) => issue.message)
    const [baseline, sixWeeks, threeMonths] = DEFAULT_FOLLOW_UP_PLAN.points
    expect(messages({ dueTime: '25:00', points: [baseline] })).toEqual(['The due time must be HH:MM on a 24-hour clock.'])
    expect(messages({ points: [baseline, threeMonths, sixWeeks] })).toEqual([
      'List the points after the ablation from the earliest to the latest.',
    ])
    expect(messages({ points: [baseline, { ...sixWeeks, key: 'baseline' }] })).toEqual(['Two points have the key "baseline".'])
    expect(messages({ points: [{ ...sixWeeks, timing: { kind: 'after', amount: 0, unit: 'weeks' } }] })).toEqual([
      'The offset must be at least 1.',
    ])
  })
})

describe('duration of benefit (Kaplan-Meier)', () => {
  const series = (id: string, ...observations: [number, 'improved' | 'not-improved' | 'indeterminate'][]): PatientSeries => ({
    id,
    observations: observations.map(([days, status]) => ({ days, status })),
  })

  it('ends the benefit at the first follow-up no longer improved, or censors it at the last improved one', () => {
    expect(benefitDuration(series('a', [42, 'improved'], [91, 'not-improved'], [182, 'improved']))).toEqual({ id: 'a', days: 91, ended: true })
    expect(benefitDuration(series('b', [91, 'improved'], [42, 'improved'], [182, 'indeterminate']))).toEqual({ id: 'b', days: 91, ended: false })
    expect(benefitDuration(series('c', [42, 'not-improved'], [91, 'improved']))).toEqual({ id: 'c', days: 91, ended: false })
    expect(benefitDuration(series('d', [42, 'not-improved'], [91, 'indeterminate']))).toBeNull()
    // Two answers on the day the benefit starts are one moment: the benefit has not yet been seen to end.
    expect(benefitDuration(series('e', [0, 'improved'], [0, 'not-improved']))).toEqual({ id: 'e', days: 0, ended: false })
  })

  it('matches the hand-worked example', () => {
    /*
     * Seven patients, days after the ablation:
     *   A improved 14, not 42               -> ended at 42
     *   B improved 42, not 91               -> ended at 91
     *   C improved 42, not 91               -> ended at 91
     *   D improved 42 and 91, no more       -> censored at 91
     *   E improved 42 and 91, not 182       -> ended at 182
     *   F improved 42, 91, 182 and 365      -> censored at 365
     *   G never improved                    -> not on the curve
     * Product-limit, S(t) = S(before) x (1 - d/n), censored patients at risk at their own time:
     *   t=42:  n=6 (A-F), d=1           S = 1 x 5/6           = 0.8333
     *   t=91:  n=5 (B-F), d=2, c=1      S = 5/6 x 3/5         = 0.5     <- median: first S <= 0.5
     *   t=182: n=2 (E, F), d=1          S = 0.5 x 1/2         = 0.25
     *   t=365: n=1 (F), d=0, c=1        S = 0.25
     */
    const curve = benefitSurvival([
      series('A', [14, 'improved'], [42, 'not-improved']),
      series('B', [42, 'improved'], [91, 'not-improved']),
      series('C', [42, 'improved'], [91, 'not-improved']),
      series('D', [42, 'improved'], [91, 'improved']),
      series('E', [42, 'improved'], [91, 'improved'], [182, 'not-improved']),
      series('F', [42, 'improved'], [91, 'improved'], [182, 'improved'], [365, 'improved']),
      series('G', [42, 'not-improved'], [91, 'not-improved']),
    ])
    expect(curve.included).toBe(6)
    expect(curve.neverImproved).toBe(1)
    expect(curve.medianDays).toBe(91)
    expect(curve.steps.map(({ days, atRisk, events, censored }) => [days, atRisk, events, censored])).toEqual([
      [0, 6, 0, 0],
      [42, 6, 1, 0],
      [91, 5, 2, 1],
      [182, 2, 1, 0],
      [365, 1, 0, 1],
    ])
    const survival = curve.steps.map((step) => step.survival)
    expect(survival[0]).toBe(1)
    expect(survival[1]).toBeCloseTo(5 / 6, 10)
    expect(survival[2]).toBeCloseTo(0.5, 10)
    expect(survival[3]).toBeCloseTo(0.25, 10)
    expect(survival[4]).toBeCloseTo(0.25, 10)
  })

  it('reports no median while more than half are still improved, and an empty curve for nobody', () => {
    const curve = benefitSurvival([series('A', [42, 'improved'], [91, 'not-improved']), series('B', [182, 'improved']), series('C', [91, 'improved'], [182, 'improved'])])
    // t=91: n=3, d=1 -> 2/3; t=182: n=2, censored 2 -> 2/3, never down to 0.5
    expect(curve.medianDays).toBeNull()
    expect(curve.steps.at(-1)?.survival).toBeCloseTo(2 / 3, 10)
    expect(benefitSurvival([])).toEqual({ steps: [{ days: 0, atRisk: 0, events: 0, censored: 0, survival: 1 }], medianDays: null, included: 0, neverImproved: 0 })
  })
})
