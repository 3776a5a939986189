import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DUE_TIMES,
  groupByDay,
  instructionItemSchema,
  instructionTimingSchema,
  instructionsToIcs,
  scheduleInstructions,
  type InstructionItem,
  type InstructionTiming,
} from '@/lib/instructions'

/** These schedules are a UK clinic's (the US demo clinic's wording is in dates.test.ts). */
const LONDON = 'Europe/London'
const UK = { timeZone: LONDON, region: 'GB' } as const

function item(id: number, timing: InstructionTiming, category: InstructionItem['category'] = 'medicines'): InstructionItem {
  return { id, title: `Instruction ${id}`, details: `Details of instruction ${id}`, category, timing }
}

/** Monday 26 October 2026, 09:30 GMT: the clocks went back at 02:00 BST on Sunday 25 October. */
const afterAutumnChange = new Date('2026-10-26T09:30:00Z')
/** Monday 30 March 2026, 10:00 BST: the clocks went forward at 01:00 GMT on Sunday 29 March. */
const afterSpringChange = new Date('2026-03-30T09:00:00Z')

function dueTimes(items: InstructionItem[], start: Date): Record<string, string> {
  return Object.fromEntries(scheduleInstructions(items, start, UK).map((s) => [String(s.id), s.dueAt.toISOString()]))
}

describe('scheduleInstructions across the October clock change', () => {
  const items = [
    item(1, { kind: 'days-before', days: 7 }),
    item(2, { kind: 'days-before', days: 1 }),
    item(3, { kind: 'morning-of' }),
    item(4, { kind: 'hours-before', hours: 6 }),
    item(5, { kind: 'at-appointment' }),
    item(6, { kind: 'hours-after', hours: 24 }),
    item(7, { kind: 'next-morning' }),
    item(8, { kind: 'days-before', days: 2, time: '09:15' }),
  ]

  it('dates each timing in local time, whatever the offset on that day', () => {
    expect(dueTimes(items, afterAutumnChange)).toEqual({
      '1': '2026-10-19T17:00:00.000Z', // Monday 19 October 18:00 BST
      '2': '2026-10-25T18:00:00.000Z', // Sunday 25 October 18:00 GMT
      '3': '2026-10-26T07:00:00.000Z',
      '4': '2026-10-26T03:30:00.000Z', // hours are elapsed time
      '5': '2026-10-26T09:30:00.000Z',
      '6': '2026-10-27T09:30:00.000Z',
      '7': '2026-10-27T09:00:00.000Z',
      '8': '2026-10-24T08:15:00.000Z', // Saturday 24 October 09:15 BST
    })
  })

  it('labels each item in British English in the clinic time zone', () => {
    const labels = Object.fromEntries(scheduleInstructions(items, afterAutumnChange, UK).map((s) => [s.id, s.label]))
    expect(labels[1]).toBe('By 18:00 on Monday 19 October')
    expect(labels[2]).toBe('By 18:00 on Sunday 25 October')
    expect(labels[3]).toBe('By 07:00 on Monday 26 October')
    expect(labels[4]).toBe('From 03:30 on Monday 26 October')
    expect(labels[5]).toBe('At 09:30 on Monday 26 October')
    expect(labels[6]).toBe('From 09:30 on Tuesday 27 October')
    expect(labels[7]).toBe('At 09:00 on Tuesday 27 October')
    expect(labels[8]).toBe('By 09:15 on Saturday 24 October')
  })

  it('sorts by due time', () => {
    const order = scheduleInstructions(items, afterAutumnChange, UK).map((s) => s.id)
    expect(order).toEqual([1, 8, 2, 4, 3, 5, 7, 6])
  })
})

describe('scheduleInstructions across the March clock change', () => {
  it('keeps local wall-clock times on both sides of the change', () => {
    const items = [
      item(1, { kind: 'days-before', days: 2 }),
      item(2, { kind: 'days-before', days: 1 }),
      item(3, { kind: 'hours-before', hours: 24 }),
      item(4, { kind: 'morning-of', time: '06:30' }),
    ]
    expect(dueTimes(items, afterSpringChange)).toEqual({
      '1': '2026-03-28T18:00:00.000Z', // Saturday 18:00 GMT
      '2': '2026-03-29T17:00:00.000Z', // Sunday 18:00 BST
      '3': '2026-03-29T09:00:00.000Z', // 24 hours earlier = 10:00 BST on Sunday
      '4': '2026-03-30T05:30:00.000Z',
    })
    const labels = scheduleInstructions(items, afterSpringChange, UK).map((s) => s.label)
    expect(labels).toEqual([
      'By 18:00 on Saturday 28 March',
      'From 10:00 on Sunday 29 March',
      'By 18:00 on Sunday 29 March',
      'By 06:30 on Monday 30 March',
    ])
  })

  it('uses the default times', () => {
    expect(DEFAULT_DUE_TIMES).toEqual({ 'days-before': '18:00', 'morning-of': '07:00', 'next-morning': '09:00' })
  })
})

describe('ordering and grouping', () => {
  const start = new Date('2026-12-01T10:00:00Z')

  it('breaks ties by category order, then keeps input order', () => {
    const items = [
      item(1, { kind: 'morning-of' }, 'what-to-bring'),
      item(2, { kind: 'morning-of' }, 'food-and-drink'),
      item(3, { kind: 'morning-of' }, 'medicines'),
      item(4, { kind: 'morning-of' }, 'food-and-drink'),
      item(5, { kind: 'days-before', days: 1 }, 'after-the-block'),
    ]
    expect(scheduleInstructions(items, start, UK).map((s) => s.id)).toEqual([5, 3, 2, 4, 1])
  })

  it('groups by local day, earliest first', () => {
    const items = [
      item(1, { kind: 'next-morning' }),
      item(2, { kind: 'morning-of' }),
      item(3, { kind: 'days-before', days: 1 }),
      item(4, { kind: 'at-appointment' }),
    ]
    const days = groupByDay(scheduleInstructions(items, start, UK))
    expect(days.map((d) => [d.dayKey, d.dayLabel, d.items.map((i) => i.id)])).toEqual([
      ['2026-11-30', 'Monday 30 November', [3]],
      ['2026-12-01', 'Tuesday 1 December', [2, 4]],
      ['2026-12-02', 'Wednesday 2 December', [1]],
    ])
  })

  it('groups a late-evening summer item on the local day, not the UTC day', () => {
    const summer = new Date('2026-07-02T09:00:00Z')
    const schedule = scheduleInstructions([item(1, { kind: 'hours-before', hours: 9 })], summer, UK) // 00:00 BST
    expect(schedule[0].dayKey).toBe('2026-07-02')
    expect(schedule[0].label).toBe('From 01:00 on Thursday 2 July')
  })

  it('refuses invalid timings and dates', () => {
    expect(() => scheduleInstructions([item(1, { kind: 'days-before', days: 0 })], start, UK)).toThrow(/Days before/)
    expect(() => scheduleInstructions([item(1, { kind: 'morning-of', time: '7:00' })], start, UK)).toThrow(/HH:MM/)
    expect(() => scheduleInstructions([], new Date('x'), UK)).toThrow(/not a valid date/)
  })
})

describe('instructionTimingSchema', () => {
  it('accepts every kind', () => {
    const valid: InstructionTiming[] = [
      { kind: 'days-before', days: 7 },
      { kind: 'days-before', days: 1, time: '20:00' },
      { kind: 'hours-before', hours: 6 },
      { kind: 'morning-of' },
      { kind: 'at-appointment' },
      { kind: 'hours-after', hours: 24 },
      { kind: 'next-morning', time: '08:00' },
    ]
    for (const timing of valid) expect(instructionTimingSchema.parse(timing)).toEqual(timing)
  })

  it('refuses bad timings with plain messages', () => {
    const message = (input: unknown) => instructionTimingSchema.safeParse(input).error?.issues[0]?.message
    expect(message({ kind: 'weeks-before', weeks: 1 })).toBe('Choose when this instruction is due.')
    expect(message({ kind: 'days-before', days: 1.5 })).toBe('Days before must be a whole number from 1 to 60.')
    expect(message({ kind: 'hours-after' })).toBe('Hours after must be a whole number from 1 to 72.')
    expect(message({ kind: 'next-morning', time: '25:00' })).toMatch(/HH:MM/)
  })

  it('validates a whole item', () => {
    expect(instructionItemSchema.safeParse(item(1, { kind: 'at-appointment' })).success).toBe(true)
    const bad = instructionItemSchema.safeParse({ ...item(1, { kind: 'at-appointment' }), category: 'diet', title: ' ' })
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['Title is required.', 'Choose a category.'])
  })
})

/** Unfolds an iCalendar text into logical lines. */
function icsLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)
}

describe('instructionsToIcs', () => {
  const start = afterAutumnChange
  const schedule = scheduleInstructions(
    [
      item(1, { kind: 'days-before', days: 7 }),
      item(2, { kind: 'days-before', days: 1 }),
      item(3, { kind: 'hours-after', hours: 24 }, 'after-the-block'),
    ],
    start, UK)
  const options = {
    appointmentStart: start,
    durationMinutes: 90,
    title: 'Clinic appointment',
    location: 'Spine Clinic, 1 High Street, London',
    portalUrl: 'https://portal.example.org/portal/appointments/42',
    now: new Date('2026-10-01T12:00:00Z'),
    timeZone: LONDON,
  }
  const ics = instructionsToIcs(schedule, options)
  const lines = icsLines(ics)

  it('is a calendar with one event per instruction plus the appointment', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(4)
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(4)
  })

  it('writes UTC start times', () => {
    const starts = lines.filter((l) => l.startsWith('DTSTART')).map((l) => l.split(':')[1])
    expect(starts).toEqual(['20261026T093000Z', '20261019T170000Z', '20261025T180000Z', '20261027T093000Z'])
    expect(lines).toContain('DURATION:PT90M')
    expect(lines).toContain('DTSTAMP:20261001T120000Z')
  })

  it('reminds two hours before a deadline and before the appointment, at the start of a window', () => {
    expect(lines).toContain('TRIGGER;VALUE=DATE-TIME:20261019T150000Z') // 16:00 BST for "by 18:00"
    expect(lines).toContain('TRIGGER;VALUE=DATE-TIME:20261026T073000Z')
    expect(lines).toContain('TRIGGER;VALUE=DATE-TIME:20261027T093000Z') // "from" 24 hours after
  })

  it('carries titles, never instruction details, and stable UIDs', () => {
    expect(lines).toContain('SUMMARY:Instruction 1')
    expect(ics).not.toContain('Details of instruction')
    expect(lines).toContain('LOCATION:Spine Clinic\\, 1 High Street\\, London')
    const uids = lines.filter((l) => l.startsWith('UID:'))
    expect(uids).toEqual([
      'UID:appointment-1793007000000@portal.example.org',
      'UID:instruction-1-1793007000000@portal.example.org',
      'UID:instruction-2-1793007000000@portal.example.org',
      'UID:instruction-3-1793007000000@portal.example.org',
    ])
    expect(instructionsToIcs(schedule, options)).toBe(ics)
  })

  it('throws a clear error when the calendar cannot be built', () => {
    expect(() => instructionsToIcs(schedule, { ...options, durationMinutes: 0 })).toThrow(/duration/)
    expect(() => instructionsToIcs(schedule, { ...options, portalUrl: 'not a url' })).toThrow(/Could not create the calendar file/)
  })
})
