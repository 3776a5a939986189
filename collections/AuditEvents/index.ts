import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { isAdmin, nobody } from '@/payload/access'
import { AUDIT_ACTIONS } from '@/payload/audit'

function refuseChange(): never {
  throw new APIError('Audit events are append-only: they cannot be changed or deleted.', 403, null, true)
}

/**
 * Append-only trail of sign-ins, patient-data access, consent signing and exports. Written only by
 * server code (`recordAudit`); no route can create, edit or delete an event, and the database table
 * rejects UPDATE and DELETE as well (see the audit-events-append-only migration).
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: { singular: 'Audit event', plural: 'Audit events' },
  defaultSort: '-createdAt',
  admin: {
    group: 'Clinic',
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'outcome', 'actorCollection', 'actorId', 'resource', 'resourceIds', 'ip'],
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [({ operation, data }) => (operation === 'update' ? refuseChange() : data)],
    beforeDelete: [refuseChange],
  },
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: [...AUDIT_ACTIONS] },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      defaultValue: 'success',
      options: ['success', 'failure', 'denied'],
    },
    { name: 'actorCollection', type: 'select', options: ['users', 'patients'] },
    { name: 'actorId', type: 'text', index: true },
    { name: 'actorLabel', type: 'text' },
    { name: 'resource', type: 'text', index: true },
    { name: 'resourceIds', type: 'text' },
    { name: 'ip', type: 'text' },
    { name: 'userAgent', type: 'text' },
    { name: 'detail', type: 'text' },
  ],
}
