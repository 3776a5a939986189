import { describe, expect, it } from 'vitest'
import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDayLabel,
  formatDueLabel,
  formatDateTimeWithZone,
  formatTime,
  isValidTimeZone,
  languageTag,
  timeOfDay,
  type ClinicFormats,
  parseTimeOfDay,
  zonedDateKey,
  zonedDateTime,
  zonedParts,
} from '@/lib/dates'

const LONDON = 'Europe/London'
const NEW_YORK = 'America/New_York'
/** A UK clinic (24-hour clock, day before month) and the US demo clinic (12-hour clock, month first). */
const UK: ClinicFormats = { timeZone: LONDON, region: 'GB' }
const US: ClinicFormats = { timeZone: NEW_YORK, region: 'US' }

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
    expect(formatTime(skipped, UK)).toBe('02:30')
  })

  it('resolves a time repeated by the clocks going back to the earlier instant', () => {
    const base = new Date('2026-10-25T12:00:00Z')
    const repeated = zonedDateTime(base, LONDON, { hour: 1, minute: 30 })
    expect(repeated.toISOString()).toBe('2026-10-25T00:30:00.000Z') // 01:30 BST
  })

  describe('across the US clock changes (America/New_York, through @date-fns/tz)', () => {
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
      expect(formatTime(skipped, US)).toBe('3:30 AM')
      expect(timeOfDay(skipped, NEW_YORK)).toBe('03:30')
      const repeated = zonedDateTime(new Date('2026-11-01T17:00:00Z'), NEW_YORK, { hour: 1, minute: 30 })
      expect(repeated.toISOString()).toBe('2026-11-01T05:30:00.000Z')
      expect(formatTime(repeated, US)).toBe('1:30 AM')
    })

    it('reads the calendar day and the hour in the zone on both sides of each change', () => {
      expect(zonedDateKey(new Date('2026-11-01T03:59:00Z'), NEW_YORK)).toBe('2026-10-31') // 23:59 EDT
      expect(zonedDateKey(new Date('2026-11-01T04:30:00Z'), NEW_YORK)).toBe('2026-11-01') // 00:30 EDT
      expect(zonedParts(new Date('2026-11-01T06:30:00Z'), NEW_YORK)).toMatchObject({ day: 1, hour: 1, minute: 30 }) // the second 01:30, EST
      expect(zonedParts(new Date('2026-03-08T07:00:00Z'), NEW_YORK)).toMatchObject({ day: 8, hour: 3, minute: 0 }) // 03:00 EDT, no 02:00
      expect(formatDate(new Date('2026-03-08T04:30:00Z'), US)).toBe('Saturday, March 7, 2026') // 23:30 EST
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

  describe('a UK clinic (Europe/London, en-GB, 24-hour clock)', () => {
    it('formats due labels in British English', () => {
      expect(formatDueLabel(winterMorning, UK)).toBe('Tuesday 1 December, by 09:00')
      expect(formatDueLabel(summerMorning, UK)).toBe('Tuesday 7 July, by 09:00')
    })

    it('formats dates and times', () => {
      expect(formatDayLabel(winterMorning, UK)).toBe('Tuesday 1 December')
      expect(formatDate(winterMorning, UK)).toBe('Tuesday 1 December 2026')
      expect(formatDateTime(summerMorning, UK)).toBe('Tuesday 7 July 2026 at 09:00')
      expect(formatTime(new Date('2026-07-07T23:05:00Z'), UK)).toBe('00:05')
      expect(formatTime(new Date('2026-07-07T13:05:00Z'), UK)).toBe('14:05')
      expect(formatDate(new Date('2026-07-07T23:05:00Z'), UK)).toBe('Wednesday 8 July 2026')
      expect(formatDateTimeWithZone(new Date('2026-12-05T14:03:00Z'), UK)).toBe('Saturday 5 December 2026, 14:03 (Europe/London)')
    })

    it('keeps 09:00 local on both sides of the clocks going back (25 October 2026)', () => {
      expect(formatDateTime(new Date('2026-10-24T08:00:00Z'), UK)).toBe('Saturday 24 October 2026 at 09:00') // BST
      expect(formatDateTime(new Date('2026-10-26T09:00:00Z'), UK)).toBe('Monday 26 October 2026 at 09:00') // GMT
      expect(formatDateTime(new Date('2026-10-25T00:30:00Z'), UK)).toBe('Sunday 25 October 2026 at 01:30') // first 01:30, BST
      expect(formatDateTime(new Date('2026-10-25T01:30:00Z'), UK)).toBe('Sunday 25 October 2026 at 01:30') // second 01:30, GMT
    })
  })

  describe('a US clinic (America/New_York, en-US, 12-hour clock)', () => {
    it('reads as Americans write dates', () => {
      const nineInBoston = new Date('2026-12-01T14:00:00Z')
      expect(formatDateTime(nineInBoston, US)).toBe('Tuesday, December 1, 2026 at 9:00 AM')
      expect(formatDate(nineInBoston, US)).toBe('Tuesday, December 1, 2026')
      expect(formatDayLabel(nineInBoston, US)).toBe('Tuesday, December 1')
      expect(formatDueLabel(nineInBoston, US)).toBe('Tuesday, December 1, by 9:00 AM')
      expect(formatDateTimeWithZone(nineInBoston, US)).toBe('Tuesday, December 1, 2026, 9:00 AM (America/New_York)')
    })

    it('uses the 12-hour clock round the day', () => {
      expect(formatTime(new Date('2026-12-01T05:05:00Z'), US)).toBe('12:05 AM')
      expect(formatTime(new Date('2026-12-01T17:00:00Z'), US)).toBe('12:00 PM')
      expect(formatTime(new Date('2026-12-01T19:30:00Z'), US)).toBe('2:30 PM')
      expect(formatTime(new Date('2026-12-02T04:59:00Z'), US)).toBe('11:59 PM')
    })

    it('keeps 9:00 AM local on both sides of the clocks going forward (8 March 2026) and back (1 November 2026)', () => {
      expect(formatDateTime(new Date('2026-03-07T14:00:00Z'), US)).toBe('Saturday, March 7, 2026 at 9:00 AM') // EST
      expect(formatDateTime(new Date('2026-03-09T13:00:00Z'), US)).toBe('Monday, March 9, 2026 at 9:00 AM') // EDT
      expect(formatDateTime(new Date('2026-10-31T13:00:00Z'), US)).toBe('Saturday, October 31, 2026 at 9:00 AM') // EDT
      expect(formatDateTime(new Date('2026-11-02T14:00:00Z'), US)).toBe('Monday, November 2, 2026 at 9:00 AM') // EST
    })

    it('names the day in the clinic’s zone, not in UTC', () => {
      // 02:30 UTC on 2 December is still the evening of 1 December in Boston.
      expect(formatDateTime(new Date('2026-12-02T02:30:00Z'), US)).toBe('Tuesday, December 1, 2026 at 9:30 PM')
      expect(formatDateTime(new Date('2026-12-02T02:30:00Z'), UK)).toBe('Wednesday 2 December 2026 at 02:30')
    })
  })

  describe('Spanish (Intl wording, the region’s clock)', () => {
    it('words dates in Spanish with the US 12-hour clock', () => {
      const nineInBoston = new Date('2026-12-01T14:00:00Z')
      expect(formatDate(nineInBoston, US, 'es')).toBe('martes, 1 de diciembre de 2026')
      expect(formatDayLabel(nineInBoston, US, 'es')).toBe('martes, 1 de diciembre')
      expect(formatDateTime(nineInBoston, US, 'es')).toMatch(/^martes, 1 de diciembre de 2026 a las 9:00 a\.\s?m\.$/)
      expect(formatDueLabel(new Date('2026-12-01T18:00:00Z'), US, 'es')).toMatch(/^martes, 1 de diciembre, antes de la 1:00 p\.\s?m\.$/)
    })

    it('keeps the 24-hour clock for a UK clinic', () => {
      expect(formatDateTime(winterMorning, UK, 'es')).toBe('martes, 1 de diciembre de 2026 a las 09:00')
      expect(formatDateTime(new Date('2026-12-01T13:00:00Z'), UK, 'es')).toBe('martes, 1 de diciembre de 2026 a las 13:00')
    })

    it('keeps the local time across a clock change', () => {
      expect(formatDateTime(new Date('2026-03-07T14:00:00Z'), US, 'es')).toMatch(/^sábado, 7 de marzo de 2026 a las 9:00 a\.\s?m\.$/)
      expect(formatDateTime(new Date('2026-03-09T13:00:00Z'), US, 'es')).toMatch(/^lunes, 9 de marzo de 2026 a las 9:00 a\.\s?m\.$/)
    })
  })

  it('reads a date of birth on its own calendar day in every zone', () => {
    // Stored as midnight UTC: in Boston that instant is still the evening before.
    const born = new Date('1968-04-12T00:00:00.000Z')
    expect(formatCalendarDate(born, 'US')).toBe('April 12, 1968')
    expect(formatCalendarDate(born, 'GB')).toBe('12 April 1968')
    expect(formatCalendarDate(born, 'US', 'es')).toBe('12 de abril de 1968')
  })

  it('gives time inputs their 24-hour value whatever the wording', () => {
    expect(timeOfDay(new Date('2026-12-01T19:30:00Z'), NEW_YORK)).toBe('14:30')
    expect(timeOfDay(new Date('2026-12-01T19:30:00Z'), LONDON)).toBe('19:30')
  })

  it('marks English pages with the region', () => {
    expect(languageTag('en', 'US')).toBe('en-US')
    expect(languageTag('en', 'GB')).toBe('en-GB')
    expect(languageTag('es', 'US')).toBe('es')
  })
})
