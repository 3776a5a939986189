/** The clinic's time zone and date format fields of site settings (payload/globals/clinicFormats.ts). */
import type { TextField } from 'payload'
import { describe, expect, it } from 'vitest'

import { clinicFormatFields, clinicFormatsFrom, FALLBACK_CLINIC_FORMATS } from '@/payload/globals/clinicFormats'

const fields = (clinicFormatFields[0] as { fields: Array<{ name: string }> }).fields
const timeZoneField = fields.find((field) => field.name === 'timeZone') as TextField
const validateTimeZone = (value: string) => (timeZoneField.validate as (value: unknown) => true | string)(value)

describe('the clinic formats in site settings', () => {
  it('accepts IANA time zone names and explains a wrong one', () => {
    expect(validateTimeZone('America/New_York')).toBe(true)
    expect(validateTimeZone('Europe/London')).toBe(true)
    expect(validateTimeZone('Boston')).toMatch(/IANA name, such as America\/New_York/)
    expect(validateTimeZone('')).toMatch(/IANA name/)
  })

  it('offers the regions whose wording lib/dates has', () => {
    const region = fields.find((field) => field.name === 'dateFormatRegion') as unknown as { options: Array<{ value: string }> }
    expect(region.options.map((option) => option.value)).toEqual(['US', 'GB'])
  })

  it('reads the saved settings, falling back field by field for a row saved before these fields', () => {
    expect(clinicFormatsFrom({ timeZone: 'Europe/London', dateFormatRegion: 'GB' })).toEqual({ timeZone: 'Europe/London', region: 'GB' })
    expect(clinicFormatsFrom({ timeZone: null, dateFormatRegion: 'GB' })).toEqual({ timeZone: FALLBACK_CLINIC_FORMATS.timeZone, region: 'GB' })
    expect(clinicFormatsFrom({ timeZone: 'Nowhere/Else', dateFormatRegion: 'FR' })).toEqual(FALLBACK_CLINIC_FORMATS)
    expect(clinicFormatsFrom(null)).toEqual({ timeZone: 'America/New_York', region: 'US' })
  })
})
