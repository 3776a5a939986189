import type { CollectionConfig } from 'payload'

import { clinicianOrOwnPatientRecords, hasRole, isAdmin, isClinician, nobody } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'
import { serverSet, sidebarReadOnly } from '../shared/fields'

export const FOLLOW_UPS_SLUG = 'follow-ups'

/**
 * One patient's follow-up after the specialist decided on radiofrequency ablation: the plan and the
 * questionnaires it asks (copied when it started), tied to the ablation appointment once one is
 * booked. Started by the decision (collections/Diaries), never by a request; staff may only point it
 * at another ablation appointment. Patients read their own; editors none.
 */
export const FollowUps: CollectionConfig = {
  slug: FOLLOW_UPS_SLUG,
  labels: { singular: 'Ablation follow-up', plural: 'Ablation follow-ups' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'patient', 'ablationAppointment', 'createdAt'],
    group: 'Clinic',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  access: { read: clinicianOrOwnPatientRecords, create: nobody, update: isClinician, delete: isAdmin },
  hooks: { afterOperation: [auditStaffAccess] },
  fields: [
    { name: 'title', type: 'text', access: serverSet, admin: { readOnly: true } },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true, access: serverSet, admin: sidebarReadOnly },
    {
      name: 'diary',
      type: 'relationship',
      relationTo: 'diaries',
      required: true,
      unique: true,
      access: serverSet,
      admin: { ...sidebarReadOnly, description: 'The reviewed diary whose decision started this follow-up.' },
    },
    {
      name: 'ablationAppointment',
      type: 'relationship',
      relationTo: 'appointments',
      index: true,
      admin: { description: 'The radiofrequency ablation. Filled in when it is booked; the plan counts from its time.' },
    },
    { name: 'planSource', type: 'relationship', relationTo: 'follow-up-plans', access: serverSet, admin: sidebarReadOnly },
    { name: 'plan', type: 'json', required: true, access: serverSet, admin: { readOnly: true, description: 'The plan as it was when the follow-up started.' } },
    { name: 'instruments', type: 'json', required: true, access: serverSet, admin: { readOnly: true, description: 'The questionnaires as they were when the follow-up started.' } },
    {
      name: 'responses',
      type: 'join',
      collection: 'follow-up-responses',
      on: 'followUp',
      defaultLimit: 50,
      defaultSort: 'answeredAt',
    },
  ],
}
