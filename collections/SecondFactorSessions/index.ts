import type { CollectionConfig } from 'payload'

import { nobody } from '@/payload/access'

/**
 * Which staff sessions (Payload's `sid` inside the JWT) passed the second step. A staff token whose
 * sid has no row here counts as signed out everywhere (see payload/auth/secondFactor/strategy.ts).
 * Written and read only by server code; no route can list or change it.
 */
export const SecondFactorSessions: CollectionConfig = {
  slug: 'second-factor-sessions',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'sid', type: 'text', required: true, unique: true, index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'method', type: 'select', required: true, options: ['enrolment', 'authenticator-code', 'recovery-code'] },
  ],
}
