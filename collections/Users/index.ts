import type { CollectionConfig } from 'payload'

import { adminFieldOnly, adminOrSelf, isAdmin, STAFF_ROLES } from '../../payload/access'
import { sameTimeForEveryFailedLogin } from '../../payload/auth/loginTiming'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { forgotPasswordOffTheRequestPath } from './endpoints/forgotPassword'

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
  hooks: { beforeChange: [firstUserIsAdmin], beforeOperation: [sameTimeForEveryFailedLogin] },
  endpoints: [forgotPasswordOffTheRequestPath],
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
  ],
}
