import { getSiteSettings } from '@/payload/queries/content'
import { FALLBACK_CLINIC, type ClinicContact } from './clinicDefaults'

export type { ClinicContact } from './clinicDefaults'

/** The clinic's name and phone number from the CMS site settings (server only). */
export async function getClinicContact(): Promise<ClinicContact> {
  try {
    const settings = await getSiteSettings()
    return { clinicName: settings.clinicName || FALLBACK_CLINIC.clinicName, phone: settings.phone || FALLBACK_CLINIC.phone }
  } catch {
    return FALLBACK_CLINIC
  }
}
