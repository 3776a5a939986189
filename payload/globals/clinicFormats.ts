import type { Field, Payload, PayloadRequest } from 'payload'

import { DATE_REGIONS, isDateRegion, isValidTimeZone, type ClinicFormats, type DateRegion } from '@/lib/dates'
import { asSystem } from '../access'

/**
 * Until an editor saves the settings (a database older than these fields), dates read as the demo
 * clinic's: Boston. A clinic elsewhere changes both fields in /admin, not this code.
 */
export const FALLBACK_CLINIC_FORMATS: ClinicFormats = Object.freeze({ timeZone: 'America/New_York', region: 'US' })

const REGION_LABELS: Record<DateRegion, string> = {
  US: 'United States (Tuesday, December 1, 2026 at 9:00 AM)',
  GB: 'United Kingdom (Tuesday 1 December 2026 at 09:00)',
}

/** Site settings fields: the clinic's time zone and how its dates read. */
export const clinicFormatFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'timeZone',
        label: 'Time zone',
        type: 'text',
        required: true,
        defaultValue: FALLBACK_CLINIC_FORMATS.timeZone,
        validate: (value: unknown) =>
          typeof value === 'string' && isValidTimeZone(value.trim())
            ? true
            : 'Enter a time zone by its IANA name, such as America/New_York, America/Chicago or Europe/London.',
        admin: {
          description: 'Every date and time patients and staff read is in this zone; appointments, diary questions and reminders are timed in it.',
        },
      },
      {
        name: 'dateFormatRegion',
        label: 'Date and time format',
        type: 'select',
        required: true,
        defaultValue: FALLBACK_CLINIC_FORMATS.region,
        options: DATE_REGIONS.map((region) => ({ value: region, label: REGION_LABELS[region] })),
        admin: {
          description: 'How English dates read, 12- or 24-hour clock; Spanish keeps the same clock. English pages are marked en-US or en-GB to match.',
        },
      },
    ],
  },
]

type StoredFormats = { timeZone?: string | null; dateFormatRegion?: string | null }

/** The stored fields as formats; anything unusable falls back field by field. */
export function clinicFormatsFrom(settings: StoredFormats | null | undefined): ClinicFormats {
  const timeZone = settings?.timeZone?.trim()
  const region = settings?.dateFormatRegion
  return {
    timeZone: timeZone && isValidTimeZone(timeZone) ? timeZone : FALLBACK_CLINIC_FORMATS.timeZone,
    region: isDateRegion(region) ? region : FALLBACK_CLINIC_FORMATS.region,
  }
}

/**
 * The clinic's time zone and date format, from site settings. For server code outside a page
 * (endpoints, jobs, PDFs, the seed); pages use `getClinicFormats` (payload/queries/content.ts), the
 * same read cached for the request. Not kept across requests: a page re-rendered after the settings
 * change (the settings' afterChange hook revalidates every page) must read the new values. Inside
 * an operation, pass its `req` so the read shares its transaction's connection.
 */
export async function loadClinicFormats(payload: Payload, req?: Partial<PayloadRequest>): Promise<ClinicFormats> {
  // asSystem: public configuration (site settings are readable by anyone).
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    select: { timeZone: true, dateFormatRegion: true },
    ...asSystem,
    ...(req ? { req } : {}),
  })
  return clinicFormatsFrom(settings as StoredFormats)
}
