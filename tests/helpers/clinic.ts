/**
 * The seeded demo clinic's time zone and date format (site settings, payload/seed): what the server
 * under test formats dates with. Narrow imports only, so Playwright files can use it.
 */
import type { ClinicFormats } from '@/lib/dates'
import { siteSettings } from '@/payload/seed/content/site-settings'

export const DEMO_CLINIC: ClinicFormats = { timeZone: siteSettings.timeZone, region: siteSettings.dateFormatRegion }
