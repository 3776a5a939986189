import { describe, expect, it } from 'vitest'

import { zonedParts } from '@/lib/dates'
import {
  checklistAt,
  defaultPhrasing,
  instructionItemSchema,
  instructionsToIcs,
  reminderAt,
  scheduleInstructions,
  stepHasPassed,
  stepPassesAt,
  type InstructionItem,
  type InstructionPhrasing,
  type InstructionTiming,
  type ScheduledInstruction,
} from '@/lib/instructions'

/** These schedules are a UK clinic's (the US demo clinic's wording is in dates.test.ts). */
const LONDON = 'Europe/London'
const UK = { timeZone: LONDON, region: 'GB' } as const

function step(id: number, title: string, timing: InstructionTiming, phrasing?: InstructionPhrasing): InstructionItem {
  return { id, title, details: `Details of ${title}`, category: 'medicines', timing, phrasing }
}

/** Tuesday 1 December 2026, 09:30 GMT: the appointment the patients met, seen from five days before. */
const appointment = new Date('2026-12-01T09:30:00Z')
const fiveDaysBefore = new Date('2026-11-26T09:30:00Z')
const steps = [
  step(1, 'Ask about your blood thinners', { kind: 'days-before', days: 7, time: '12:00' }, 'by'),
  step(2, 'Arrange a lift home', { kind: 'days-before', days: 2 }, 'by'),
  step(3, 'No pain medicine for six hours', { kind: 'hours-before', hours: 6 }, 'from'),
  step(4, 'Eat and drink as usual', { kind: 'morning-of', time: '07:00' }, 'on-the-day'),
  step(5, 'What to expect at the clinic', { kind: 'at-appointment' }, 'at'),
  step(6, 'Keep your pain diary', { kind: 'hours-after', hours: 1 }, 'from'),
]
const schedule = scheduleInstructions(steps, appointment, UK)
const byId = (id: number) => schedule.find((s) => s.id === id) as ScheduledInstruction

describe('each kind of step reads for what it is', () => {
  it('says "by" for a deadline, "from" for a window that starts, "at" for a moment and only the day for a step on the day', () => {
    expect(schedule.map((s) => [s.title, s.label])).toEqual([
      ['Ask about your blood thinners', 'By 12:00 on Tuesday 24 November'],
      ['Arrange a lift home', 'By 18:00 on Sunday 29 November'],
      ['No pain medicine for six hours', 'From 03:30 on Tuesday 1 December'],
      ['Eat and drink as usual', 'On Tuesday 1 December'],
      ['What to expect at the clinic', 'At 09:30 on Tuesday 1 December'],
      ['Keep your pain diary', 'From 10:30 on Tuesday 1 December'],
    ])
  })

  it('falls back to the timing kind when the editor has not chosen', () => {
    expect(defaultPhrasing('days-before')).toBe('by')
    expect(defaultPhrasing('hours-before')).toBe('from')
    expect(defaultPhrasing('morning-of')).toBe('by')
    expect(defaultPhrasing('at-appointment')).toBe('at')
    expect(defaultPhrasing('hours-after')).toBe('from')
    expect(defaultPhrasing('next-morning')).toBe('at')
    const [unset] = scheduleInstructions([step(1, 'Unset', { kind: 'hours-after', hours: 2 })], appointment, UK)
    expect(unset.phrasing).toBe('from')
  })

  it('refuses an unknown phrasing', () => {
    const bad = instructionItemSchema.safeParse({ ...steps[0], phrasing: 'until' })
    expect(bad.error?.issues[0]?.message).toBe('Choose how the time reads: by, from, at or on the day.')
    expect(instructionItemSchema.safeParse({ ...steps[0], phrasing: null }).success).toBe(true)
  })
})

describe('a step whose time has passed', () => {
  it('has passed from its own instant on, not a millisecond before', () => {
    const deadline = byId(1)
    expect(stepHasPassed(deadline, new Date(deadline.dueAt.getTime() - 1), LONDON)).toBe(false)
    expect(stepHasPassed(deadline, deadline.dueAt, LONDON)).toBe(true)
  })

  it('passes at the end of its local day when it is simply "on the day"', () => {
    const onTheDay = byId(4)
    expect(stepPassesAt(onTheDay, LONDON).toISOString()).toBe('2026-12-02T00:00:00.000Z')
    expect(stepHasPassed(onTheDay, new Date('2026-12-01T23:59:59.999Z'), LONDON)).toBe(false)
    expect(stepHasPassed(onTheDay, new Date('2026-12-02T00:00:00Z'), LONDON)).toBe(true)
  })

  it('ends "the day" at local midnight across both clock changes', () => {
    const [autumn] = scheduleInstructions([step(1, 'Rest', { kind: 'morning-of' }, 'on-the-day')], new Date('2026-10-25T10:00:00Z'), UK)
    expect(stepPassesAt(autumn, LONDON).toISOString()).toBe('2026-10-26T00:00:00.000Z') // Monday 00:00 GMT, after a 25-hour Sunday
    const [spring] = scheduleInstructions([step(1, 'Rest', { kind: 'morning-of' }, 'on-the-day')], new Date('2026-03-29T09:00:00Z'), UK)
    expect(stepPassesAt(spring, LONDON).toISOString()).toBe('2026-03-29T23:00:00.000Z') // Monday 00:00 BST, after a 23-hour Sunday
  })

  it('five days before: the week-before step has passed and asks for a call before the appointment', () => {
    const checklist = checklistAt(schedule, appointment, fiveDaysBefore, LONDON)
    expect(checklist.filter((s) => s.passed).map((s) => s.id)).toEqual([1])
    expect(checklist.find((s) => s.id === 1)).toMatchObject({ passed: true, callBeforeAppointment: true })
    expect(checklist.find((s) => s.id === 2)).toMatchObject({ passed: false, callBeforeAppointment: false })
  })

  it('once a window has begun it has passed; after the appointment nothing asks for a call before it', () => {
    const during = checklistAt(schedule, appointment, new Date('2026-12-01T05:00:00Z'), LONDON)
    expect(during.filter((s) => s.passed).map((s) => s.id)).toEqual([1, 2, 3])
    expect(during.every((s) => s.callBeforeAppointment === s.passed)).toBe(true)
    const after = checklistAt(schedule, appointment, new Date('2026-12-01T11:00:00Z'), LONDON)
    expect(after.filter((s) => s.passed).map((s) => s.id)).toEqual([1, 2, 3, 5, 6])
    expect(after.some((s) => s.callBeforeAppointment)).toBe(false)
  })
})

describe('reminderAt', () => {
  const at = (iso: string, phrasing: InstructionPhrasing) => reminderAt({ dueAt: new Date(iso), phrasing }, LONDON).toISOString()

  it('rings two hours before a deadline, when a window or a step on the day begins, and at a moment', () => {
    expect(at('2026-11-24T12:00:00Z', 'by')).toBe('2026-11-24T10:00:00.000Z')
    expect(at('2026-12-01T15:00:00Z', 'from')).toBe('2026-12-01T15:00:00.000Z')
    expect(at('2026-12-01T07:00:00Z', 'on-the-day')).toBe('2026-12-01T07:00:00.000Z') // 07:00 is morning, not night
    expect(at('2026-12-01T09:30:00Z', 'at')).toBe('2026-12-01T09:30:00.000Z')
  })

  it('moves night reminders (22:00-07:00 clinic time) to 20:00 the evening before', () => {
    expect(at('2026-12-01T03:30:00Z', 'from')).toBe('2026-11-30T20:00:00.000Z')
    expect(at('2026-12-01T08:00:00Z', 'by')).toBe('2026-11-30T20:00:00.000Z') // 06:00 reminder
    expect(at('2026-12-01T00:30:00Z', 'by')).toBe('2026-11-30T20:00:00.000Z') // 22:30 reminder, same evening
    expect(at('2026-12-01T23:59:00Z', 'by')).toBe('2026-12-01T21:59:00.000Z') // 21:59 is still evening
    expect(at('2026-12-01T22:00:00Z', 'on-the-day')).toBe('2026-12-01T20:00:00.000Z')
  })

  it('keeps a night reminder when the step itself is then', () => {
    expect(at('2026-12-01T05:00:00Z', 'at')).toBe('2026-12-01T05:00:00.000Z')
  })

  it('finds the evening before in local time across both clock changes', () => {
    // Autumn: 01:30 GMT just after the clocks went back; the evening before was still BST.
    expect(at('2026-10-25T01:30:00Z', 'from')).toBe('2026-10-24T19:00:00.000Z')
    // Spring: a 07:00 BST deadline on the change day rings at 20:00 GMT the evening before.
    expect(at('2026-03-29T06:00:00Z', 'by')).toBe('2026-03-28T20:00:00.000Z')
  })
})

/** The VEVENTs of an iCalendar text, unfolded: summary, start, duration and alarm triggers. */
function icsEvents(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n')
  const events: { summary: string; start: string; duration: string; triggers: string[] }[] = []
  let current: (typeof events)[number] | null = null
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = { summary: '', start: '', duration: '', triggers: [] }
    else if (line === 'END:VEVENT' && current) events.push(current)
    else if (current && line.startsWith('SUMMARY:')) current.summary = line.slice('SUMMARY:'.length)
    else if (current && line.startsWith('DTSTART:')) current.start = line.slice('DTSTART:'.length)
    else if (current && line.startsWith('DURATION:')) current.duration = line.slice('DURATION:'.length)
    else if (current && line.startsWith('TRIGGER;VALUE=DATE-TIME:')) current.triggers.push(line.slice('TRIGGER;VALUE=DATE-TIME:'.length))
  }
  return events
}

/** '20261130T200000Z' as a Date. */
function icsInstant(text: string): Date {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(text) as RegExpExecArray
  return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s))
}

describe('instructionsToIcs for an appointment five days away', () => {
  const options = {
    appointmentStart: appointment,
    durationMinutes: 45,
    title: 'Clinic appointment',
    location: 'Harbour Spine Clinic',
    portalUrl: 'https://portal.example.org/portal/appointments/7/instructions',
    now: fiveDaysBefore,
    timeZone: LONDON,
  }
  const ics = instructionsToIcs(schedule, options)
  const events = icsEvents(ics)

  it('writes no event whose time has passed, and titles each step with its own title', () => {
    expect(events.map((e) => e.summary)).toEqual([
      'Clinic appointment',
      'Arrange a lift home',
      'No pain medicine for six hours',
      'Eat and drink as usual',
      'What to expect at the clinic',
      'Keep your pain diary',
    ])
    expect(events.every((e) => icsInstant(e.start) > fiveDaysBefore)).toBe(true)
    expect(ics).not.toContain('X-WR-CALNAME')
  })

  it('rings no alarm in the night unless the step itself is then, and none in the past', () => {
    const triggers = events.flatMap((e) => e.triggers).map(icsInstant)
    expect(triggers.length).toBe(events.length)
    for (const trigger of triggers) {
      expect(trigger > fiveDaysBefore).toBe(true)
      const { hour } = zonedParts(trigger, LONDON)
      expect(hour >= 7 && hour < 22, trigger.toISOString()).toBe(true)
    }
    expect(events.find((e) => e.summary === 'No pain medicine for six hours')?.triggers).toEqual(['20261130T200000Z'])
  })

  it('lets a window before the appointment last until it', () => {
    expect(events.find((e) => e.summary === 'No pain medicine for six hours')?.duration).toBe('PT360M') // six hours
    expect(events.find((e) => e.summary === 'Keep your pain diary')?.duration).toBe('PT15M')
  })

  it('leaves out a step at the very instant it is due and keeps it a millisecond before', () => {
    const dueAt = byId(2).dueAt
    const atDue = icsEvents(instructionsToIcs(schedule, { ...options, now: dueAt })).map((e) => e.summary)
    expect(atDue).not.toContain('Arrange a lift home')
    const justBefore = icsEvents(instructionsToIcs(schedule, { ...options, now: new Date(dueAt.getTime() - 1) }))
    expect(justBefore.map((e) => e.summary)).toContain('Arrange a lift home')
  })

  it('keeps an upcoming step whose reminder has gone, without the alarm', () => {
    const evening = icsEvents(instructionsToIcs(schedule, { ...options, now: new Date('2026-11-30T21:00:00Z') }))
    expect(evening.find((e) => e.summary === 'No pain medicine for six hours')?.triggers).toEqual([])
  })

  it('moves the appointment reminder out of the night too, and writes nothing once the appointment is over', () => {
    const early = new Date('2026-12-01T08:00:00Z')
    const earlyEvents = icsEvents(instructionsToIcs([], { ...options, appointmentStart: early }))
    expect(earlyEvents[0].triggers).toEqual(['20261130T200000Z'])
    expect(icsEvents(instructionsToIcs(schedule, { ...options, now: new Date('2026-12-03T12:00:00Z') }))).toEqual([])
  })
})
