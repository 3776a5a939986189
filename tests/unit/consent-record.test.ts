import { describe, expect, it } from 'vitest'

import { describeNetworkAddress, namesMatch, normaliseName, tidyName } from '@/lib/consent'
import { unwrapMappedAddress } from '@/lib/consent/address'
import { formatCalendarDate, formatDateTimeWithZone, type ClinicFormats } from '@/lib/dates'

const UK: ClinicFormats = { timeZone: 'Europe/London', region: 'GB' }
const US: ClinicFormats = { timeZone: 'America/New_York', region: 'US' }

describe('the typed name on the record', () => {
  it('tidies spacing but keeps case and letters', () => {
    expect(tidyName('pat   morgan')).toBe('pat morgan')
    expect(tidyName('  Pat\tMorgan \n')).toBe('Pat Morgan')
    expect(tidyName('Zoë  O’Neill-Smith')).toBe('Zoë O’Neill-Smith')
    // The same visible letter typed two ways becomes one form.
    expect(tidyName('Zoe\u0308')).toBe('Zoë')
  })

  it('still matches the name on record the same way', () => {
    expect(normaliseName('  PAT   Morgan ')).toBe('pat morgan')
    expect(namesMatch('pat   morgan', 'Pat Morgan')).toBe(true)
    expect(namesMatch('   ', '')).toBe(false)
  })
})

describe('the network address on the record', () => {
  it('unwraps IPv4 addresses reported through an IPv6 socket', () => {
    expect(unwrapMappedAddress('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(unwrapMappedAddress('::FFFF:198.51.100.4')).toBe('198.51.100.4')
    expect(unwrapMappedAddress('2001:DB8::1')).toBe('2001:db8::1')
    expect(describeNetworkAddress('::ffff:203.0.113.7')).toBe('203.0.113.7')
  })

  it('describes loopback and private addresses, and says when none was recorded', () => {
    expect(describeNetworkAddress('::1')).toMatch(/^::1 \(loopback: /)
    expect(describeNetworkAddress('127.0.0.1')).toMatch(/^127\.0\.0\.1 \(loopback: /)
    expect(describeNetworkAddress('::ffff:127.0.0.1')).toMatch(/^127\.0\.0\.1 \(loopback: /)
    expect(describeNetworkAddress('10.1.2.3')).toBe('10.1.2.3 (a private address inside a local network)')
    expect(describeNetworkAddress('172.20.0.5')).toMatch(/private/)
    expect(describeNetworkAddress('172.32.0.5')).toBe('172.32.0.5')
    expect(describeNetworkAddress('192.168.1.10')).toMatch(/private/)
    expect(describeNetworkAddress('fd12:3456::1')).toMatch(/private/)
    expect(describeNetworkAddress('2001:db8::1')).toBe('2001:db8::1')
    expect(describeNetworkAddress(null)).toBe('Not recorded')
    expect(describeNetworkAddress('  ')).toBe('Not recorded')
  })
})

describe('dates on the record', () => {
  it('writes a moment in words in the clinic time zone, naming the zone', () => {
    expect(formatDateTimeWithZone(new Date('2026-12-05T14:03:00Z'), UK)).toBe('Saturday 5 December 2026, 14:03 (Europe/London)')
    expect(formatDateTimeWithZone(new Date('2026-07-04T13:03:00Z'), UK)).toBe('Saturday 4 July 2026, 14:03 (Europe/London)')
    expect(formatDateTimeWithZone(new Date('2026-12-05T14:03:00Z'), US)).toBe('Saturday, December 5, 2026, 9:03 AM (America/New_York)')
  })

  it('writes a date of birth without a weekday, on the right day however it was stored', () => {
    expect(formatCalendarDate(new Date('1968-04-12T00:00:00.000Z'), 'GB')).toBe('12 April 1968')
    expect(formatCalendarDate(new Date('1968-04-12T00:00:00.000Z'), 'US')).toBe('April 12, 1968')
    // A day picked in a London browser during British Standard Time is stored as 23:00 UTC the day before.
    expect(formatCalendarDate(new Date('1968-04-11T23:00:00.000Z'), 'GB')).toBe('12 April 1968')
    // The same day picked in a Boston browser: midnight EDT is 04:00 UTC.
    expect(formatCalendarDate(new Date('1968-04-12T04:00:00.000Z'), 'US')).toBe('April 12, 1968')
  })
})
