import type { CollectionConfig } from 'payload'

import { nobody } from '@/payload/access'

/**
 * Server-side record of each portal sign-in. The next-auth cookie only names a session; this row
 * decides whether it is still alive (idle and absolute limits, sign-out), for every app instance.
 */
export const PatientSessions: CollectionConfig = {
  slug: 'patient-sessions',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'sid', type: 'text', required: true, unique: true, index: true },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true },
    { name: 'lastSeenAt', type: 'date', required: true },
    { name: 'revokedAt', type: 'date' },
    { name: 'ip', type: 'text' },
    { name: 'userAgent', type: 'text' },
  ],
}
