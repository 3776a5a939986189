import { describe, expect, it } from 'vitest'
import { analyseBlock, MULTISOCIETY_2020_PROFILE } from '@/lib/block-analysis'
import {
  DEFAULT_TIME_POINTS,
  diaryAutosaveSchema,
  diaryEntrySchema,
  diarySchedule,
  baselineOpensAt,
  BASELINE_OPENS_HOURS_BEFORE,
  diaryStates,
  findUnknownTimePointKeys,
  nextReminder,
  timePointState,
  toBlockInput,
  type DiaryTimePoint,
} from '@/lib/diary'

const MINUTE = 60_000
const LONDON = 'Europe/London'
/** Tuesday 1 December 2026, 10:00 GMT. */
const block = new Date('2026-12-01T10:00:00Z')
const at = (minutesAfterBlock: number) => new Date(block.getTime() + minutesAfterBlock * MINUTE)

describe('DEFAULT_TIME_POINTS', () => {
  it('has the baseline, 15/30/60 minutes, hourly 2-8 hours and the next morning', () => {
    expect(DEFAULT_TIME_POINTS.map((p) => p.key)).toEqual([
      'baseline',
      '15-minutes',
      '30-minutes',
      '1-hour',
      '2-hours',
      '3-hours',
      '4-hours',
      '5-hours',
      '6-hours',
      '7-hours',
      '8-hours',
      'next-morning',
    ])
    expect(DEFAULT_TIME_POINTS[0].minutesAfterBlock).toBeNull()
    expect(DEFAULT_TIME_POINTS.at(-1)?.nextMorning).toBe(true)
    for (const point of DEFAULT_TIME_POINTS) expect(point.key).toMatch(/^[a-z0-9-]+$/)
  })
})

describe('diarySchedule', () => {
  it('has no due times while the block time is unknown', () => {
    const schedule = diarySchedule(null, undefined, LONDON)
    expect(schedule.every((p) => p.dueAt === null)).toBe(true)
    expect(schedule).toHaveLength(DEFAULT_TIME_POINTS.length)
  })

  it('dates each point from the block time; next morning at 09:00 clinic time', () => {
    const schedule = diarySchedule(block, undefined, LONDON)
    const due = Object.fromEntries(schedule.map((p) => [p.key, p.dueAt?.toISOString()]))
    expect(due.baseline).toBe('2026-12-01T10:00:00.000Z')
    expect(due['15-minutes']).toBe('2026-12-01T10:15:00.000Z')
    expect(due['1-hour']).toBe('2026-12-01T11:00:00.000Z')
    expect(due['8-hours']).toBe('2026-12-01T18:00:00.000Z')
    expect(due['next-morning']).toBe('2026-12-02T09:00:00.000Z')
    expect(schedule.at(-1)?.minutesAfterBlock).toBe(23 * 60)
  })

  it('keeps the next morning at 09:00 local across the October clock change', () => {
    const saturdayBlock = new Date('2026-10-24T13:00:00Z') // 14:00 BST
    const nextMorning = diarySchedule(saturdayBlock, undefined, LONDON).find((p) => p.nextMorning)
    expect(nextMorning?.dueAt?.toISOString()).toBe('2026-10-25T09:00:00.000Z') // 09:00 GMT
    expect(nextMorning?.minutesAfterBlock).toBe(20 * 60)
  })

  it('keeps the next morning at 09:00 local across the March clock change', () => {
    const saturdayBlock = new Date('2026-03-28T14:00:00Z') // 14:00 GMT
    const nextMorning = diarySchedule(saturdayBlock, undefined, LONDON).find((p) => p.nextMorning)
    expect(nextMorning?.dueAt?.toISOString()).toBe('2026-03-29T08:00:00.000Z') // 09:00 BST
    expect(nextMorning?.minutesAfterBlock).toBe(18 * 60)
  })

  it('sorts a CMS template baseline first, then by time', () => {
    const template: DiaryTimePoint[] = [
      { key: 'two-hours', label: '2 h', minutesAfterBlock: 120 },
      { key: 'morning', label: 'Morning', minutesAfterBlock: null, nextMorning: true },
      { key: 'before', label: 'Before', minutesAfterBlock: null },
      { key: 'half-hour', label: '30 min', minutesAfterBlock: 30 },
    ]
    expect(diarySchedule(block, template, LONDON).map((p) => p.key)).toEqual(['before', 'half-hour', 'two-hours', 'morning'])
    expect(() => diarySchedule(new Date('nope'), undefined, LONDON)).toThrow(/not a valid date/)
  })
})

describe('timePointState', () => {
  const dueAt = at(15)
  const nextDueAt = at(30)
  const state = (now: Date, extra: Partial<Parameters<typeof timePointState>[0]> = {}) =>
    timePointState({ dueAt, answered: false, now, nextDueAt, ...extra })

  it('is upcoming before the due time, due for 30 minutes or until the next point, then missed', () => {
    expect(state(at(14))).toBe('upcoming')
    expect(state(at(15))).toBe('due-now')
    expect(state(at(44))).toBe('due-now')
    expect(state(at(45))).toBe('missed')
  })

  it('stays due until the next point when that is later than 30 minutes', () => {
    const hourly = { dueAt: at(120), nextDueAt: at(180) }
    expect(state(at(170), hourly)).toBe('due-now')
    expect(state(at(180), hourly)).toBe('missed')
  })

  it('is done once answered, whatever the time', () => {
    expect(state(at(0), { answered: true })).toBe('done')
    expect(state(at(600), { answered: true })).toBe('done')
  })

  it('keeps the baseline due until answered while there is no block time', () => {
    expect(timePointState({ dueAt: null, answered: false, now: block, baseline: true })).toBe('due-now')
    expect(timePointState({ dueAt: null, answered: true, now: block, baseline: true })).toBe('done')
    expect(timePointState({ dueAt: null, answered: false, now: block })).toBe('upcoming')
  })

  it('keeps the baseline due before the block time', () => {
    expect(timePointState({ dueAt: block, answered: false, now: at(-60), baseline: true })).toBe('due-now')
  })

  it('opens the baseline on the day of the block, not days ahead', () => {
    const opensAt = baselineOpensAt(block)
    expect(block.getTime() - opensAt.getTime()).toBe(BASELINE_OPENS_HOURS_BEFORE * 60 * 60_000)
    const baseline = (now: Date) => timePointState({ dueAt: null, answered: false, now, baseline: true, opensAt })
    expect(baseline(at(-3 * 24 * 60))).toBe('upcoming')
    expect(baseline(new Date(opensAt.getTime() - 1))).toBe('upcoming')
    expect(baseline(opensAt)).toBe('due-now')
    expect(baseline(at(-5))).toBe('due-now')
  })
})

describe('diaryStates and nextReminder', () => {
  const schedule = diarySchedule(block, undefined, LONDON)

  it('combines answers and time', () => {
    const states = diaryStates(schedule, [{ timePointKey: 'baseline' }, { timePointKey: '30-minutes' }], at(50))
    const byKey = Object.fromEntries(states.map((p) => [p.key, p.state]))
    expect(byKey).toMatchObject({
      baseline: 'done',
      '15-minutes': 'missed',
      '30-minutes': 'done',
      '1-hour': 'upcoming',
      'next-morning': 'upcoming',
    })
  })

  it('keeps the next morning open until noon', () => {
    const states = diaryStates(schedule, [], new Date('2026-12-02T11:59:00Z'))
    expect(states.at(-1)?.state).toBe('due-now')
    expect(diaryStates(schedule, [], new Date('2026-12-02T12:00:00Z')).at(-1)?.state).toBe('missed')
  })

  it('points to the point due now, else the next one to come', () => {
    expect(nextReminder(schedule, [{ timePointKey: 'baseline' }], at(20))).toMatchObject({
      key: '15-minutes',
      state: 'due-now',
    })
    const answered = ['baseline', '15-minutes'].map((timePointKey) => ({ timePointKey }))
    expect(nextReminder(schedule, answered, at(20))).toEqual({
      key: '30-minutes',
      label: '30 minutes after the block',
      dueAt: at(30),
      state: 'upcoming',
    })
  })

  it('keeps the whole diary upcoming days before the appointment', () => {
    const options = { baselineOpensAt: baselineOpensAt(block) }
    const early = diaryStates(diarySchedule(null, undefined, LONDON), [], at(-2 * 24 * 60), options)
    expect(early.every((point) => point.state === 'upcoming')).toBe(true)
    expect(diaryStates(diarySchedule(null, undefined, LONDON), [], at(-30), options)[0].state).toBe('due-now')
  })

  it('has no reminder without a block time or once everything is answered or missed', () => {
    expect(nextReminder(diarySchedule(null, undefined, LONDON), [], block)).toBeNull()
    const all = DEFAULT_TIME_POINTS.map((p) => ({ timePointKey: p.key }))
    expect(nextReminder(schedule, all, at(20))).toBeNull()
    expect(nextReminder(schedule, [], new Date('2026-12-03T00:00:00Z'))).toBeNull()
  })
})

function entry(overrides: Record<string, unknown> = {}) {
  return {
    timePointKey: '15-minutes',
    nrs: 2,
    reliefPercent: 70,
    activity: ' Walking upstairs ',
    medicines: 'None',
    clientId: '5b0c4a52-8f0e-4d3b-9d4f-0f8f6c1b2a3e',
    answeredAt: '2026-12-01T10:16:00.000Z',
    ...overrides,
  }
}

function firstMessage(input: unknown): string | undefined {
  return diaryEntrySchema.safeParse(input).error?.issues[0]?.message
}

describe('diaryEntrySchema', () => {
  it('accepts a complete answer and trims text', () => {
    const parsed = diaryEntrySchema.parse(entry())
    expect(parsed.activity).toBe('Walking upstairs')
    expect(diaryEntrySchema.safeParse(entry({ reliefPercent: null, activity: undefined, medicines: undefined })).success).toBe(true)
    expect(diaryEntrySchema.safeParse(entry({ answeredAt: '2026-12-01T10:16:00+00:00' })).success).toBe(true)
  })

  it('refuses out-of-range or missing scores with a plain message', () => {
    for (const nrs of [-1, 11, 2.5, '3', null, undefined, Number.NaN]) {
      expect(firstMessage(entry({ nrs }))).toBe('Choose a pain score from 0 to 10.')
    }
  })

  it('refuses bad relief, text, keys, ids and times', () => {
    expect(firstMessage(entry({ reliefPercent: 101 }))).toBe('Relief must be a whole percentage from 0 to 100.')
    expect(firstMessage(entry({ activity: 'x'.repeat(201) }))).toBe('Keep the activity to 200 characters or fewer.')
    expect(firstMessage(entry({ medicines: 'x'.repeat(501) }))).toBe('Keep the medicines to 500 characters or fewer.')
    for (const timePointKey of ['', 'Next Morning', 'x'.repeat(41), 'a_b']) {
      expect(firstMessage(entry({ timePointKey }))).toMatch(/time point is not recognised/)
    }
    expect(firstMessage(entry({ clientId: 'abc' }))).toMatch(/no valid identifier/)
    expect(firstMessage(entry({ answeredAt: '1 December' }))).toMatch(/time of this answer is not valid/)
  })

  it('limits autosave batches to 1-20 answers', () => {
    expect(diaryAutosaveSchema.safeParse({ entries: [entry()] }).success).toBe(true)
    expect(diaryAutosaveSchema.safeParse({ entries: [] }).error?.issues[0]?.message).toBe('There are no answers to save.')
    expect(diaryAutosaveSchema.safeParse({ entries: Array(21).fill(entry()) }).error?.issues[0]?.message).toBe(
      'Save at most 20 answers at a time.',
    )
  })

  it('finds keys that are not in the template', () => {
    const entries = [{ timePointKey: 'baseline' }, { timePointKey: '9-hours' }, { timePointKey: '9-hours' }]
    expect(findUnknownTimePointKeys(entries)).toEqual(['9-hours'])
  })
})

describe('toBlockInput', () => {
  const diary = {
    baselineNrs: 8,
    blockTime: block,
    agent: 'lidocaine' as const,
    blockNumber: 1,
    entries: [
      { timePointKey: 'baseline', nrs: 8, reliefPercent: null, activity: 'Standing' },
      { timePointKey: '15-minutes', nrs: 1, reliefPercent: 90, activity: 'Standing' },
      { timePointKey: '30-minutes', nrs: 0, reliefPercent: 100, activity: null },
      { timePointKey: '1-hour', nrs: 1, reliefPercent: null, activity: null },
      { timePointKey: '2-hours', nrs: 6, reliefPercent: 20, activity: null, medicines: 'Ibuprofen 400 mg' },
      { timePointKey: 'next-morning', nrs: 8, reliefPercent: 0, activity: null },
      { timePointKey: 'unknown', nrs: 0, reliefPercent: null, activity: null },
    ],
  }

  it('maps entries to minutes after the block, without the baseline or unknown keys', () => {
    const input = toBlockInput(diary, undefined, LONDON)
    expect(input.baselineNrs).toBe(8)
    expect(input.agent).toBe('lidocaine')
    expect(input.blockNumber).toBe(1)
    expect(input.entries).toEqual([
      { minutesAfterBlock: 15, nrs: 1, reportedReliefPercent: 90, activity: 'Standing', medicines: null },
      { minutesAfterBlock: 30, nrs: 0, reportedReliefPercent: 100, activity: null, medicines: null },
      { minutesAfterBlock: 60, nrs: 1, reportedReliefPercent: null, activity: null, medicines: null },
      { minutesAfterBlock: 120, nrs: 6, reportedReliefPercent: 20, activity: null, medicines: 'Ibuprofen 400 mg' },
      { minutesAfterBlock: 23 * 60, nrs: 8, reportedReliefPercent: 0, activity: null, medicines: null },
    ])
  })

  it('takes the baseline answer when no baseline score is given, and accepts an ISO block time', () => {
    const input = toBlockInput({ ...diary, baselineNrs: null, blockTime: block.toISOString() }, undefined, LONDON)
    expect(input.baselineNrs).toBe(8)
  })

  it('feeds the block analysis engine', () => {
    const analysis = analyseBlock(toBlockInput(diary, undefined, LONDON), MULTISOCIETY_2020_PROFILE)
    expect(analysis.peakReliefPercent).toBe(100)
    expect(analysis.verdict).toBe('positive')
  })
})
