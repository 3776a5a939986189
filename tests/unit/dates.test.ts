import { describe, expect, it } from 'vitest'
import {
  CLINIC_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatDayLabel,
  formatDueLabel,
  formatTime,
  isValidTimeZone,
  parseTimeOfDay,
  zonedDateKey,
  zonedDateTime,
  zonedParts,
} from '@/lib/dates'

const LONDON = CLINIC_TIME_ZONE

describe('zonedDateTime', () => {
  it('uses GMT in winter and BST in summer', () => {
    const winter = new Date('2026-12-01T14:00:00Z')
    const summer = new Date('2026-07-01T14:00:00Z')
    expect(zonedDateTime(winter, LONDON, { hour: 9 }).toISOString()).toBe('2026-12-01T09:00:00.000Z')
    expect(zonedDateTime(summer, LONDON, { hour: 9 }).toISOString()).toBe('2026-07-01T08:00:00.000Z')
  })

  it('keeps 18:00 local the day before a Monday after the clocks go back (25 October 2026)', () => {
    const monday = new Date('2026-10-26T09:30:00Z') // 09:30 GMT
    const sundayEvening = zonedDateTime(monday, LONDON, { dayOffset: -1, hour: 18 })
    expect(sundayEvening.toISOString()).toBe('2026-10-25T18:00:00.000Z') // already GMT
    const saturdayEvening = zonedDateTime(monday, LONDON, { dayOffset: -2, hour: 18 })
    expect(saturdayEvening.toISOString()).toBe('2026-10-24T17:00:00.000Z') // still BST
  })

  it('keeps 09:00 local the morning after across the clocks going forward (29 March 2026)', () => {
    const saturday = new Date('2026-03-28T15:00:00Z') // 15:00 GMT
    const sundayMorning = zonedDateTime(saturday, LONDON, { dayOffset: 1, hour: 9 })
    expect(sundayMorning.toISOString()).toBe('2026-03-29T08:00:00.000Z') // BST
    const weekBefore = zonedDateTime(new Date('2026-04-02T09:00:00Z'), LONDON, { dayOffset: -7, hour: 18 })
    expect(weekBefore.toISOString()).toBe('2026-03-26T18:00:00.000Z') // GMT
  })

  it('takes the zoned calendar date of the base, not the UTC date', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    const base = new Date('2026-06-30T23:30:00Z')
    expect(zonedDateTime(base, LONDON, { hour: 7 }).toISOString()).toBe('2026-07-01T06:00:00.000Z')
  })

  it('moves a time skipped by the clocks going forward on by the gap', () => {
    const base = new Date('2026-03-29T12:00:00Z')
    const skipped = zonedDateTime(base, LONDON, { hour: 1, minute: 30 })
    expect(skipped.toISOString()).toBe('2026-03-29T01:30:00.000Z') // 02:30 BST
    expect(formatTime(skipped, LONDON)).toBe('02:30')
  })

  it('resolves a time repeated by the clocks going back to the earlier instant', () => {
    const base = new Date('2026-10-25T12:00:00Z')
    const repeated = zonedDateTime(base, LONDON, { hour: 1, minute: 30 })
    expect(repeated.toISOString()).toBe('2026-10-25T00:30:00.000Z') // 01:30 BST
  })

  describe('across the US clock changes (America/New_York, through @date-fns/tz)', () => {
    const NEW_YORK = 'America/New_York'

    it('keeps 09:00 local the morning after the clocks go forward (Sunday 8 March 2026, 02:00 EST → 03:00 EDT)', () => {
      const saturday = new Date('2026-03-07T15:00:00Z') // 10:00 EST
      expect(zonedDateTime(saturday, NEW_YORK, { dayOffset: 1, hour: 9 }).toISOString()).toBe('2026-03-08T13:00:00.000Z') // EDT
      const weekBefore = zonedDateTime(new Date('2026-03-12T13:00:00Z'), NEW_YORK, { dayOffset: -7, hour: 18 })
      expect(weekBefore.toISOString()).toBe('2026-03-05T23:00:00.000Z') // EST
    })

    it('keeps 18:00 local the evenings before a Monday after the clocks go back (Sunday 1 November 2026)', () => {
      const monday = new Date('2026-11-02T14:30:00Z') // 09:30 EST
      expect(zonedDateTime(monday, NEW_YORK, { dayOffset: -1, hour: 18 }).toISOString()).toBe('2026-11-01T23:00:00.000Z') // EST
      expect(zonedDateTime(monday, NEW_YORK, { dayOffset: -2, hour: 18 }).toISOString()).toBe('2026-10-31T22:00:00.000Z') // EDT
    })

    it('moves the skipped 02:30 on by the gap, and reads the repeated 01:30 as the earlier (EDT) instant', () => {
      const skipped = zonedDateTime(new Date('2026-03-08T17:00:00Z'), NEW_YORK, { hour: 2, minute: 30 })
      expect(skipped.toISOString()).toBe('2026-03-08T07:30:00.000Z')
      expect(formatTime(skipped, NEW_YORK)).toBe('03:30')
      const repeated = zonedDateTime(new Date('2026-11-01T17:00:00Z'), NEW_YORK, { hour: 1, minute: 30 })
      expect(repeated.toISOString()).toBe('2026-11-01T05:30:00.000Z')
      expect(formatTime(repeated, NEW_YORK)).toBe('01:30')
    })

    it('reads the calendar day and the hour in the zone on both sides of each change', () => {
      expect(zonedDateKey(new Date('2026-11-01T03:59:00Z'), NEW_YORK)).toBe('2026-10-31') // 23:59 EDT
      expect(zonedDateKey(new Date('2026-11-01T04:30:00Z'), NEW_YORK)).toBe('2026-11-01') // 00:30 EDT
      expect(zonedParts(new Date('2026-11-01T06:30:00Z'), NEW_YORK)).toMatchObject({ day: 1, hour: 1, minute: 30 }) // the second 01:30, EST
      expect(zonedParts(new Date('2026-03-08T07:00:00Z'), NEW_YORK)).toMatchObject({ day: 8, hour: 3, minute: 0 }) // 03:00 EDT, no 02:00
      expect(formatDate(new Date('2026-03-08T04:30:00Z'), NEW_YORK)).toBe('Saturday 7 March 2026') // 23:30 EST
    })
  })

  it('works in other zones', () => {
    const base = new Date('2026-12-01T12:00:00Z')
    expect(zonedDateTime(base, 'America/New_York', { hour: 9 }).toISOString()).toBe('2026-12-01T14:00:00.000Z')
    expect(zonedDateTime(base, 'UTC', { dayOffset: 1, hour: 0 }).toISOString()).toBe('2026-12-02T00:00:00.000Z')
  })

  it('refuses impossible wall-clock times and invalid dates', () => {
    const base = new Date('2026-12-01T12:00:00Z')
    expect(() => zonedDateTime(base, LONDON, { hour: 24 })).toThrow(RangeError)
    expect(() => zonedDateTime(base, LONDON, { hour: 9, minute: 60 })).toThrow(RangeError)
    expect(() => zonedDateTime(base, LONDON, { hour: 9.5 })).toThrow(RangeError)
    expect(() => zonedDateTime(new Date('nope'), LONDON, { hour: 9 })).toThrow(RangeError)
  })
})

describe('zoned parts and keys', () => {
  it('reads the wall clock in the zone', () => {
    expect(zonedParts(new Date('2026-07-01T23:30:00Z'), LONDON)).toEqual({
      year: 2026,
      month: 7,
      day: 2,
      hour: 0,
      minute: 30,
      second: 0,
    })
    expect(zonedDateKey(new Date('2026-07-01T23:30:00Z'), LONDON)).toBe('2026-07-02')
    expect(zonedDateKey(new Date('2026-12-01T23:30:00Z'), LONDON)).toBe('2026-12-01')
  })

  it('validates time zones and times of day', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(parseTimeOfDay('07:05')).toEqual({ hour: 7, minute: 5 })
    expect(parseTimeOfDay('23:59')).toEqual({ hour: 23, minute: 59 })
    for (const bad of ['24:00', '7:05', '07:60', '', '07:05:00']) expect(parseTimeOfDay(bad)).toBeNull()
  })
})

describe('formatting', () => {
  const winterMorning = new Date('2026-12-01T09:00:00Z')
  const summerMorning = new Date('2026-07-07T08:00:00Z')

  it('formats due labels in British English', () => {
    expect(formatDueLabel(winterMorning, LONDON)).toBe('Tuesday 1 December, by 09:00')
    expect(formatDueLabel(summerMorning, LONDON)).toBe('Tuesday 7 July, by 09:00')
  })

  it('formats dates and times', () => {
    expect(formatDayLabel(winterMorning, LONDON)).toBe('Tuesday 1 December')
    expect(formatDate(winterMorning, LONDON)).toBe('Tuesday 1 December 2026')
    expect(formatDateTime(summerMorning, LONDON)).toBe('Tuesday 7 July 2026 at 09:00')
    expect(formatTime(new Date('2026-07-07T23:05:00Z'), LONDON)).toBe('00:05')
    expect(formatDate(new Date('2026-07-07T23:05:00Z'), LONDON)).toBe('Wednesday 8 July 2026')
  })

  it('defaults to the clinic time zone', () => {
    expect(formatDueLabel(summerMorning)).toBe('Tuesday 7 July, by 09:00')
  })
})
