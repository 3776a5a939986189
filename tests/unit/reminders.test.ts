import { describe, expect, it } from 'vitest'

import { diarySchedule } from '@/lib/diary'
import {
  DEFAULT_REMINDER_TIMING,
  notificationFromPush,
  notificationUrl,
  planReminders,
  quietHoursEndAfter,
  reminderMessage,
  reminderPreferencesSchema,
  reminderPushPayload,
  type ReminderTiming,
} from '@/lib/reminders'

const LONDON = 'Europe/London'
const at = (iso: string) => new Date(iso)
const iso = (date: Date) => date.toISOString()

describe('quiet hours', () => {
  const night = { start: '22:00', end: '07:00' }

  it('knows when a night that runs past midnight ends', () => {
    expect(iso(quietHoursEndAfter(at('2026-12-01T23:30:00Z'), night, LONDON)!)).toBe('2026-12-02T07:00:00.000Z')
    expect(iso(quietHoursEndAfter(at('2026-12-02T03:00:00Z'), night, LONDON)!)).toBe('2026-12-02T07:00:00.000Z')
    expect(quietHoursEndAfter(at('2026-12-01T21:59:00Z'), night, LONDON)).toBeNull()
    expect(quietHoursEndAfter(at('2026-12-02T07:00:00Z'), night, LONDON)).toBeNull()
  })

  it('reads the wall clock in the patient’s zone, also across a clock change', () => {
    // 22:30 BST on the night the clocks go back (25 October 2026): quiet until 07:00 GMT.
    expect(iso(quietHoursEndAfter(at('2026-10-24T21:30:00Z'), night, LONDON)!)).toBe('2026-10-25T07:00:00.000Z')
    // The spring night (29 March 2026): 07:00 BST is 06:00 UTC.
    expect(iso(quietHoursEndAfter(at('2026-03-29T00:30:00Z'), night, LONDON)!)).toBe('2026-03-29T06:00:00.000Z')
  })

  it('handles quiet hours within one day, and none at all', () => {
    expect(iso(quietHoursEndAfter(at('2026-12-01T13:30:00Z'), { start: '13:00', end: '14:00' }, LONDON)!)).toBe('2026-12-01T14:00:00.000Z')
    expect(quietHoursEndAfter(at('2026-12-01T23:30:00Z'), { start: '00:00', end: '00:00' }, LONDON)).toBeNull()
  })
})

describe('planReminders', () => {
  const timing: ReminderTiming = { ...DEFAULT_REMINDER_TIMING, timeZone: LONDON }

  it('plans one reminder per point after the block, none for the baseline', () => {
    const blockTime = at('2026-12-01T09:00:00Z')
    const plan = planReminders(diarySchedule(blockTime, undefined, LONDON), timing, blockTime)
    expect(plan.map((reminder) => reminder.pointKeys)).toEqual([
      ['15-minutes'],
      ['30-minutes'],
      ['1-hour'],
      ['2-hours'],
      ['3-hours'],
      ['4-hours'],
      ['5-hours'],
      ['6-hours'],
      ['7-hours'],
      ['8-hours'],
      ['next-morning'],
    ])
    expect(iso(plan[0].sendAt)).toBe('2026-12-01T09:15:00.000Z')
    // The next morning: its due time (09:00) is after the default wake time (08:00).
    expect(iso(plan.at(-1)!.sendAt)).toBe('2026-12-02T09:00:00.000Z')
  })

  it('holds points in the quiet hours until they end, in one reminder', () => {
    const blockTime = at('2026-12-01T18:00:00Z')
    const plan = planReminders(diarySchedule(blockTime, undefined, LONDON), timing, blockTime)
    const morning = plan.find((reminder) => iso(reminder.sendAt) === '2026-12-02T07:00:00.000Z')!
    expect(morning.pointKeys).toEqual(['4-hours', '5-hours', '6-hours', '7-hours', '8-hours'])
    expect(iso(morning.dueAt)).toBe('2026-12-01T22:00:00.000Z')
    for (const reminder of plan) expect(quietHoursEndAfter(reminder.sendAt, timing.quietHours, LONDON)).toBeNull()
    expect(plan).toHaveLength(7)
  })

  it('reminds the next-morning point at the patient’s wake time when they wake after its due time', () => {
    const blockTime = at('2026-12-01T09:00:00Z')
    const plan = planReminders(diarySchedule(blockTime, undefined, LONDON), { ...timing, wakeTime: '10:30' }, blockTime)
    expect(iso(plan.at(-1)!.sendAt)).toBe('2026-12-02T10:30:00.000Z')
  })

  it('from a late start, reminds the points still open at once and skips the missed and the answered', () => {
    const blockTime = at('2026-12-01T09:00:00Z')
    const now = at('2026-12-01T11:10:00Z')
    const plan = planReminders(diarySchedule(blockTime, undefined, LONDON), timing, now, [{ timePointKey: '3-hours' }])
    expect(plan[0]).toEqual({ pointKeys: ['2-hours'], dueAt: at('2026-12-01T11:00:00Z'), sendAt: now })
    expect(plan.flatMap((reminder) => reminder.pointKeys)).not.toContain('3-hours')
    expect(plan.flatMap((reminder) => reminder.pointKeys)).not.toContain('1-hour')
  })

  it('keeps wall-clock quiet hours across the autumn clock change', () => {
    const blockTime = at('2026-10-24T17:00:00Z') // 18:00 BST
    const plan = planReminders(diarySchedule(blockTime, undefined, LONDON), timing, blockTime)
    for (const reminder of plan) expect(quietHoursEndAfter(reminder.sendAt, timing.quietHours, LONDON)).toBeNull()
    expect(plan.some((reminder) => iso(reminder.sendAt) === '2026-10-25T07:00:00.000Z')).toBe(true)
  })
})

describe('reminderMessage', () => {
  it('says a question is waiting, and nothing about health', () => {
    const one = reminderMessage([at('2026-12-01T09:15:00Z')], { timeZone: LONDON, region: 'GB' })
    expect(one.text).toBe('Harbour Spine Clinic: your diary has a question waiting.')
    const several = reminderMessage([at('2026-12-01T23:00:00Z'), at('2026-12-01T22:00:00Z')], { timeZone: LONDON, region: 'GB' })
    expect(several.body).toBe('Your diary has 2 questions waiting, due from 22:00 to 23:00.')
    const inBoston = reminderMessage([at('2026-12-01T23:00:00Z'), at('2026-12-01T22:00:00Z')], { timeZone: 'America/New_York', region: 'US' })
    expect(inBoston.body).toBe('Your diary has 2 questions waiting, due from 5:00 PM to 6:00 PM.')
    expect(`${one.text} ${several.text}`).not.toMatch(/pain|block|injection|spine procedure|relief|score/i)
  })
})

describe('push notification', () => {
  it('round-trips the payload into a notification that opens the diary', () => {
    const payload = reminderPushPayload({ title: 'Harbour Spine Clinic', body: 'Your diary has a question waiting.', url: '/portal/appointments/7/diary' })
    const { title, options } = notificationFromPush(payload)
    expect(title).toBe('Harbour Spine Clinic')
    expect(options.body).toBe('Your diary has a question waiting.')
    expect(notificationUrl(options.data)).toBe('/portal/appointments/7/diary')
  })

  it('never links outside the portal, and survives junk', () => {
    expect(notificationFromPush(JSON.stringify({ url: 'https://evil.example/portal' })).options.data.url).toBe('/portal')
    expect(notificationFromPush('//evil.example').options.data.url).toBe('/portal')
    expect(notificationFromPush(null).title).toBe('Harbour Spine Clinic')
    expect(notificationUrl({ url: '/portal/../admin' })).toBe('/portal')
  })
})

describe('reminderPreferencesSchema', () => {
  const valid = { email: true, sms: true, mobile: '07700 900123', quietHoursStart: '22:00', quietHoursEnd: '07:00', wakeTime: '08:00' }

  it('accepts a choice and writes a UK mobile internationally', () => {
    expect(reminderPreferencesSchema.parse(valid).mobile).toBe('+447700900123')
  })

  it('asks for a number when text messages are on, and for real times', () => {
    expect(reminderPreferencesSchema.safeParse({ ...valid, mobile: '' }).success).toBe(false)
    expect(reminderPreferencesSchema.safeParse({ ...valid, mobile: '12ab' }).success).toBe(false)
    expect(reminderPreferencesSchema.safeParse({ ...valid, wakeTime: '25:00' }).success).toBe(false)
    expect(reminderPreferencesSchema.safeParse({ ...valid, sms: false, mobile: '' }).success).toBe(true)
  })
})
