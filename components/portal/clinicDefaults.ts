export type ClinicContact = { clinicName: string; phone: string }

/** Used when the site settings cannot be read (and in client components): the portal must still say whom to call. */
export const FALLBACK_CLINIC: ClinicContact = { clinicName: 'Harbour Spine Clinic', phone: '(617) 555-0142' }
