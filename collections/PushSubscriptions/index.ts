import type { Access, CollectionConfig } from 'payload'

import { isPatientUser, nobody } from '@/payload/access'
import { serverOnly } from '../shared/fields'
import { subscribe, unsubscribe } from './endpoints/subscriptions'

/** A patient sees which of their own devices get notifications; nobody else sees any, staff included. */
const ownDevicesOnly: Access = ({ req }) => (isPatientUser(req.user) && req.user ? { patient: { equals: req.user.id } } : false)

/**
 * A browser where the patient allowed diary reminders as notifications (Web Push): its push service
 * address and the keys the reminder is encrypted with. Created and removed only through the
 * endpoints below; the keys never leave the server.
 */
export const PushSubscriptions: CollectionConfig = {
  slug: 'push-subscriptions',
  labels: { singular: 'Notification device', plural: 'Notification devices' },
  admin: { hidden: true },
  access: { read: ownDevicesOnly, create: nobody, update: nobody, delete: nobody },
  endpoints: [subscribe, unsubscribe],
  fields: [
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true },
    { name: 'endpoint', type: 'text', required: true, unique: true, maxLength: 1000, access: serverOnly },
    { name: 'p256dh', type: 'text', required: true, access: serverOnly },
    { name: 'auth', type: 'text', required: true, access: serverOnly },
    { name: 'device', type: 'text', maxLength: 200, admin: { description: 'The browser, as it named itself, to tell devices apart.' } },
  ],
}
