import { describe, expect, it } from 'vitest'

import { pathwayEvents, reliefSummary } from '@/components/clinic/pathway'
import { dayTicks, survivalStepPath } from '@/components/clinic/survivalPath'
import { answersFromForm, checkAnswers, itemFieldName } from '@/components/portal/followUp/answers'
import { followUpTodos } from '@/components/portal/followUp/followUpTodos'
import { instrumentFromRow, rowFromInstrument } from '@/collections/OutcomeInstruments/definition'
import { planFromRows, rowsFromPlan } from '@/collections/FollowUpPlans/definition'
import { frozenInstrumentKeys, frozenInstruments, frozenPlan } from '@/collections/FollowUps/frozen'
import {
  checkAnswerable,
  DEFAULT_FOLLOW_UP_PLAN,
  followUpPlanSchema,
  followUpQuestionnaires,
  instrumentSchema,
  parsePeriod,
  PEG_INSTRUMENT,
  PGIC_INSTRUMENT,
  reliefDuration,
  type FollowUpPlan,
  type StoredAnswerSet,
} from '@/lib/outcomes'

// 10:00 BST on Monday 1 June 2026.
const ablationAt = new Date('2026-06-01T09:00:00Z')
const plan = DEFAULT_FOLLOW_UP_PLAN as FollowUpPlan
const instruments = [PEG_INSTRUMENT, PGIC_INSTRUMENT]
const answers: StoredAnswerSet[] = [
  { id: 1, pointKey: 'baseline', instrumentId: 'peg', answeredAt: new Date('2026-05-30T10:00:00Z'), answers: { 'pain-average': 8, enjoyment: 7, 'general-activity': 7 } },
  { id: 2, pointKey: '6-weeks', instrumentId: 'peg', answeredAt: new Date('2026-07-13T10:00:00Z'), answers: { 'pain-average': 3, enjoyment: 3, 'general-activity': 3 } },
]
const lateAnswer: StoredAnswerSet = {
  id: 3,
  pointKey: '3-months',
  instrumentId: 'peg',
  answeredAt: new Date('2026-09-01T08:00:00Z'),
  answers: { 'pain-average': 6, enjoyment: 6, 'general-activity': 6 },
}
const at14July = new Date('2026-07-14T12:00:00Z')
const LONDON = 'Europe/London'

describe('one follow-up, questionnaire by questionnaire', () => {
  const list = followUpQuestionnaires({ ablationAt, plan, instruments, answers, now: at14July, timeZone: LONDON })
  const find = (pointKey: string, instrumentId: string) => list.find((q) => q.pointKey === pointKey && q.instrument.id === instrumentId)!

  it('lists every point and instrument of the plan, in order, with its state now', () => {
    expect(list.map((q) => `${q.pointKey}/${q.instrument.id}/${q.status}`)).toEqual([
      'baseline/peg/answered',
      '6-weeks/peg/answered',
      '6-weeks/pgic/overdue',
      '3-months/peg/upcoming',
      '3-months/pgic/upcoming',
      '6-months/peg/upcoming',
      '6-months/pgic/upcoming',
      '12-months/peg/upcoming',
      '12-months/pgic/upcoming',
    ])
    // Due 6 weeks after the ablation's date at 09:00 London (BST), open 3 days before, closing 14 days after.
    expect(find('6-weeks', 'pgic').dueAt.toISOString()).toBe('2026-07-13T08:00:00.000Z')
    expect(find('6-weeks', 'pgic').opensAt.toISOString()).toBe('2026-07-10T08:00:00.000Z')
    expect(find('6-weeks', 'pgic').closesAt.toISOString()).toBe('2026-07-27T08:00:00.000Z')
  })

  it('judges a follow-up against the baseline at the clinic’s threshold, and words it plainly for the patient', () => {
    const sixWeeks = find('6-weeks', 'peg')
    expect(sixWeeks.score?.total).toBe(3)
    expect(sixWeeks.improvement?.status).toBe('improved')
    expect(sixWeeks.improvement?.reason).toBe('PEG down 58.9% from baseline (threshold 30%).')
    expect(sixWeeks.patientSummary).toBe('Your pain score (PEG) is down from 7.3 to 3 since the ablation.')
    expect(find('baseline', 'peg').improvement).toBeNull()
    expect(find('baseline', 'peg').patientSummary).toBe('Your pain score (PEG) is 7.3.')
    const strict = followUpQuestionnaires({ ablationAt, plan, instruments, answers, now: at14July, timeZone: LONDON, thresholdPercent: 60 })
    expect(strict.find((q) => q.pointKey === '6-weeks' && q.instrument.id === 'peg')?.improvement?.status).toBe('not-improved')
  })

  it('has nothing due while no ablation is booked', () => {
    expect(followUpQuestionnaires({ ablationAt: null, plan, instruments, answers: [], now: at14July, timeZone: LONDON })).toEqual([])
  })

  it('says why a questionnaire cannot be answered now', () => {
    expect(checkAnswerable(list, '6-weeks', 'pgic', true).ok).toBe(true)
    const reasons = [
      checkAnswerable(list, '6-weeks', 'peg', true),
      checkAnswerable(list, '3-months', 'peg', true),
      checkAnswerable(list, '6-weeks', 'oswestry', true),
      checkAnswerable(list, '6-weeks', 'pgic', false),
    ].map((check) => (check.ok ? 'ok' : check.reason))
    expect(reasons).toEqual(['answered', 'not-yet-open', 'unknown', 'no-ablation-booked'])
    const afterwards = followUpQuestionnaires({ ablationAt, plan, instruments, answers, now: new Date('2026-07-27T08:00:00Z'), timeZone: LONDON })
    const closed = checkAnswerable(afterwards, '6-weeks', 'pgic', true)
    expect(closed.ok ? 'ok' : closed.reason).toBe('closed')
  })

  it('finds when relief ended: the first follow-up no longer improved', () => {
    const later = followUpQuestionnaires({ ablationAt, plan, instruments, answers: [...answers, lateAnswer], now: new Date('2026-09-02T00:00:00Z'), timeZone: LONDON })
    const relief = reliefDuration(later, ablationAt)
    expect(relief?.ended).toBe(true)
    expect(relief?.days).toBeCloseTo((lateAnswer.answeredAt.getTime() - ablationAt.getTime()) / 86_400_000, 6)
    expect(reliefDuration(list, ablationAt)).toMatchObject({ ended: false })
  })
})

describe('the portal’s follow-up to-dos', () => {
  it('lists the open questionnaires and those answered while their window lasts', () => {
    const list = followUpQuestionnaires({ ablationAt, plan, instruments, answers, now: at14July, timeZone: LONDON })
    const todos = followUpTodos(7, list, at14July, { timeZone: LONDON, region: 'GB' })
    expect(todos.map((todo) => [todo.label, todo.done, todo.href])).toEqual([
      ['6 weeks after your ablation: answer the PEG three-item pain scale questions', true, '/portal/follow-ups/7/6-weeks/peg'],
      ['6 weeks after your ablation: answer the Patient Global Impression of Change questions', false, '/portal/follow-ups/7/6-weeks/pgic'],
    ])
    expect(todos[1].statusText).toBe('To do: open until Monday 27 July 2026 at 09:00')
  })
})

describe('the answer form', () => {
  const form = (values: Record<string, string>) => (name: string) => values[name] ?? null

  it('reads radio values as numbers and checks them with the shared schema, problems in question order', () => {
    const read = form({ [itemFieldName('general-activity')]: '12', [itemFieldName('pain-average')]: '4' })
    const answers = answersFromForm(PEG_INSTRUMENT, read)
    expect(answers).toEqual({ 'pain-average': 4, 'general-activity': 12 })
    const checked = checkAnswers(PEG_INSTRUMENT, answers)
    expect(checked.ok).toBe(false)
    if (!checked.ok) {
      expect(checked.problems).toEqual([
        { itemId: 'enjoyment', message: 'Answer "pain getting in the way of enjoying life".' },
        { itemId: 'general-activity', message: 'The answer to "pain getting in the way of everyday activities" must be a whole number from 0 to 10.' },
      ])
      expect(checked.message).toBe('Check the 2 questions marked below.')
    }
    expect(checkAnswers(PGIC_INSTRUMENT, answersFromForm(PGIC_INSTRUMENT, form({ [itemFieldName('change')]: '2' })))).toEqual({ ok: true, answers: { change: 2 } })
    expect(answersFromForm(PGIC_INSTRUMENT, form({ [itemFieldName('change')]: '2.5' }))).toEqual({ change: '2.5' })
  })
})

describe('instruments and plans as CMS rows', () => {
  it('round-trips the shipped instruments and the default plan through the rows and the schemas', () => {
    for (const instrument of instruments) expect(instrumentSchema.parse(instrumentFromRow(rowFromInstrument(instrument)))).toEqual(instrument)
    const rows = rowsFromPlan(plan)
    expect(followUpPlanSchema.parse(planFromRows(plan.dueTime, rows))).toEqual(plan)
  })

  it('leaves what an editor left out for the schema to name', () => {
    const row = rowFromInstrument(PEG_INSTRUMENT)
    const result = instrumentSchema.safeParse(instrumentFromRow({ ...row, source: null, items: [{ ...row.items![0], max: -1 }] }))
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(expect.arrayContaining(['Source is required.', 'The highest value must be above the lowest.']))
  })

  it('reads a frozen copy back, or nothing when it is damaged', () => {
    expect(frozenPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan)
    expect(frozenPlan({ points: 'nope' })).toBeNull()
    expect(frozenInstruments([PEG_INSTRUMENT, { id: 'broken' }]).map((instrument) => instrument.id)).toEqual(['peg'])
    expect(frozenInstrumentKeys(plan)).toEqual(['peg', 'pgic'])
  })
})

describe('the outcomes page’s period', () => {
  const now = new Date('2026-12-06T03:00:00Z')
  it('defaults to the last 12 months up to today, `to` inclusive', () => {
    const period = parsePeriod({}, now)
    expect(period).toMatchObject({ ok: true, fromText: '2025-12-06', toText: '2026-12-06' })
    if (period.ok) expect(period.to.toISOString()).toBe('2026-12-07T00:00:00.000Z')
  })
  it('refuses dates that do not exist and periods ending before they start', () => {
    expect(parsePeriod({ from: '2026-02-30' }, now)).toEqual({ ok: false, message: 'That date does not exist.' })
    expect(parsePeriod({ from: '06/12/2026' }, now)).toEqual({ ok: false, message: 'Give dates as YYYY-MM-DD.' })
    expect(parsePeriod({ from: '2026-05-02', to: '2026-05-01' }, now)).toEqual({ ok: false, message: 'The end of the period must not be before its start.' })
  })
})

describe('the specialist’s time line', () => {
  const questionnaires = followUpQuestionnaires({ ablationAt, plan, instruments, answers: [...answers, lateAnswer], now: new Date('2026-09-02T00:00:00Z'), timeZone: LONDON })
  const followUp = { ablation: { id: 9, at: ablationAt, status: 'done' }, questionnaires }
  const block = {
    diaryId: 4,
    at: new Date('2026-04-20T09:00:00Z'),
    blockNumber: 1,
    agent: 'lidocaine',
    verdicts: [{ profileName: 'Medicare LCD', verdict: 'positive' as const }],
    decision: { decision: 'proceed-to-rfa', at: new Date('2026-04-22T09:00:00Z') },
  }

  it('puts blocks, the decision, the ablation, each score and the end of relief in date order', () => {
    const events = pathwayEvents([block], [followUp])
    expect(events.map((event) => [event.kind, event.title])).toEqual([
      ['block', '1st block (Lidocaine)'],
      ['decision', 'Decision: Proceed to radiofrequency ablation'],
      ['score', 'Before the ablation: PEG (baseline)'],
      ['ablation', 'Radiofrequency ablation'],
      ['score', '6 weeks after: PEG — Meaningful improvement'],
      ['score', '3 months after: PEG — Not a meaningful improvement'],
      ['relief', 'Relief had ended'],
    ])
    expect(events[0].details).toEqual(['Medicare LCD: Positive'])
    expect(events[4].details).toEqual(['PEG 3', 'Change from baseline -4.3 (-58.9%)', 'PEG down 58.9% from baseline (threshold 30%).'])
    expect(reliefSummary(followUp)).toBe('Relief ended by day 92 after the ablation.')
  })
})

describe('the survival curve’s drawing', () => {
  const geometry = { width: 220, height: 110, padding: { left: 10, right: 10, top: 5, bottom: 5 } }
  it('steps flat, then straight down at each event', () => {
    const steps = [
      { days: 0, atRisk: 2, events: 0, censored: 0, survival: 1 },
      { days: 10, atRisk: 2, events: 1, censored: 0, survival: 0.5 },
      { days: 20, atRisk: 1, events: 0, censored: 1, survival: 0.5 },
    ]
    expect(survivalStepPath(steps, 20, geometry)).toBe('M10,5 H10 H110 V55 H210 H210')
    expect(survivalStepPath([], 20, geometry)).toBe('')
  })
  it('ticks every 30 days up to a year, every 90 beyond', () => {
    expect(dayTicks(90)).toEqual([0, 30, 60, 90])
    expect(dayTicks(450)).toEqual([0, 90, 180, 270, 360, 450])
  })
})
