import type { CollectionConfig } from 'payload'

import type { FieldAccess } from 'payload'

import { adminFieldOnly, adminOrSelf, isAdmin, STAFF_ROLES } from '@/payload/access'
import { sameTimeForEveryFailedLogin } from '@/payload/auth/loginTiming'
import { secondFactorEndpoints } from './endpoints/secondFactor'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { forgotPasswordOffTheRequestPath } from './endpoints/forgotPassword'

/** Only server code, with overrideAccess, sets the second-factor fields. */
const noField: FieldAccess = () => false

const THIRTY_MINUTES_IN_SECONDS = 30 * 60
const FIFTEEN_MINUTES_IN_MS = 15 * 60 * 1000

/** Clinic staff: admins, content editors and specialists. Patients live in `patients`. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff member', plural: 'Staff' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Clinic',
  },
  auth: {
    tokenExpiration: THIRTY_MINUTES_IN_SECONDS,
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES_IN_MS,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.SERVER_URL?.startsWith('https'),
    },
  },
  access: {
    admin: ({ req }) => req.user?.collection === 'users',
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [forgotPasswordOffTheRequestPath, ...secondFactorEndpoints],
  hooks: { beforeChange: [firstUserIsAdmin], beforeOperation: [sameTimeForEveryFailedLogin] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: STAFF_ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: { description: 'Editors manage content only; specialists review clinical data; admins do everything.' },
    },
    {
      // The authenticator secret (sealed with a key derived from PAYLOAD_SECRET), the last time step used
      // and the SHA-256 of each unused recovery code. Only server code reads or writes it
      // (payload/auth/secondFactor/store.ts): hidden from every API response and from the admin.
      name: 'secondFactor',
      type: 'group',
      hidden: true,
      access: { read: noField, create: noField, update: noField },
      fields: [
        { name: 'secret', type: 'text' },
        { name: 'pendingSecret', type: 'text' },
        { name: 'lastStep', type: 'number' },
        { name: 'recoveryCodes', type: 'json' },
      ],
    },
    {
      name: 'secondFactorEnrolledAt',
      type: 'date',
      label: 'Authenticator app set up',
      access: { create: noField, update: noField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Empty until this person sets up an authenticator app at their next sign-in.',
      },
    },
    {
      name: 'resetSecondFactor',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/ResetSecondFactorButton#ResetSecondFactorButton' } },
    },
  ],
}
