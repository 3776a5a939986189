import type { CollectionConfig } from 'payload'

import { clinicianOrOwnPatientRecords, hasRole, isAdmin, isClinician } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'
import { refuseDeleteWhileConsentsName } from '../Consents/keepSignedRecords'
import { keepPatientOnceRecordsExist } from './hooks/keepPatientOnceRecordsExist'
import { cancelRemindersWhenCancelled } from './hooks/cancelRemindersWhenCancelled'
import { attachAblationToFollowUps } from './hooks/attachAblationToFollowUps'
import { hiddenInAdmin } from '../shared/fields'
import { AGENT_CHOICE_LABELS, ANAESTHETIC_AGENTS, selectOptions } from '@/lib/clinical'


/** A procedure episode: one block for one patient, in a series of one or two. */
export const Appointments: CollectionConfig = {
  slug: 'appointments',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'patient', 'scheduledAt', 'blockNumber', 'status'],
    group: 'Clinic',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  defaultSort: 'scheduledAt',
  access: {
    read: clinicianOrOwnPatientRecords,
    create: isClinician,
    update: isClinician,
    delete: isAdmin,
  },
  hooks: {
    afterOperation: [auditStaffAccess],
    afterChange: [cancelRemindersWhenCancelled, attachAblationToFollowUps],
    beforeDelete: [refuseDeleteWhileConsentsName('appointments')],
    beforeChange: [
      keepPatientOnceRecordsExist,
      ({ data }) => ({
        ...data,
        title: `Block ${data.blockNumber ?? 1} · ${data.scheduledAt ? new Date(data.scheduledAt).toISOString().slice(0, 10) : 'unscheduled'}`,
      }),
    ],
  },
  fields: [
    { name: 'title', type: 'text', admin: hiddenInAdmin },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true },
    {
      name: 'specialist',
      type: 'relationship',
      relationTo: 'users',
      filterOptions: { role: { equals: 'specialist' } },
    },
    { name: 'procedure', type: 'relationship', relationTo: 'procedures', required: true },
    {
      name: 'scheduledAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'EEE d MMM yyyy, HH:mm' } },
    },
    { name: 'durationMinutes', type: 'number', defaultValue: 45, min: 10, max: 240 },
    { name: 'location', type: 'text', defaultValue: 'Harbour Spine Clinic, 200 Atlantic Avenue, Suite 300, Boston, MA 02110' },
    {
      type: 'row',
      fields: [
        { name: 'side', type: 'select', required: true, options: ['left', 'right', 'both'], defaultValue: 'both' },
        { name: 'levels', type: 'text', required: true, maxLength: 80, admin: { description: 'e.g. L4-L5, L5-S1' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'blockNumber',
          type: 'number',
          required: true,
          defaultValue: 1,
          min: 1,
          max: 2,
          admin: { description: '1 for the first block of a series, 2 for the confirming block.' },
        },
        { name: 'agent', type: 'select', required: true, defaultValue: 'lidocaine', options: selectOptions(ANAESTHETIC_AGENTS, AGENT_CHOICE_LABELS) },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      options: ['scheduled', 'done', 'cancelled'],
      admin: { position: 'sidebar' },
    },
  ],
}
