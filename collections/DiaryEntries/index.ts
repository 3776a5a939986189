import type { CollectionConfig } from 'payload'

import { clinicianOrOwnPatientRecords, hasRole, nobody } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'

/**
 * One answer of a pain diary: one row per diary and time point (a unique index), written only by
 * the diary's autosave endpoint, which keeps the answer given last. Nobody edits or deletes answers
 * through the API: they are the patient's own words.
 */
export const DiaryEntries: CollectionConfig = {
  slug: 'diary-entries',
  labels: { singular: 'Diary answer', plural: 'Diary answers' },
  admin: {
    useAsTitle: 'timePointKey',
    defaultColumns: ['diary', 'timePointKey', 'nrs', 'reliefPercent', 'answeredAt'],
    group: 'Clinic',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  defaultSort: 'answeredAt',
  access: {
    read: clinicianOrOwnPatientRecords,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: { afterOperation: [auditStaffAccess] },
  indexes: [{ fields: ['diary', 'timePointKey'], unique: true }],
  fields: [
    { name: 'diary', type: 'relationship', relationTo: 'diaries', required: true, index: true },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true },
    { name: 'timePointKey', type: 'text', required: true, maxLength: 40 },
    { name: 'nrs', label: 'Pain score (0-10)', type: 'number', required: true, min: 0, max: 10 },
    { name: 'reliefPercent', label: 'Relief reported by the patient (%)', type: 'number', min: 0, max: 100 },
    { name: 'activity', type: 'text', maxLength: 200 },
    { name: 'medicines', type: 'textarea', maxLength: 500 },
    {
      name: 'clientId',
      type: 'text',
      required: true,
      maxLength: 36,
      admin: { description: 'Identifies this answer on the patient’s device, so a re-sent answer is never stored twice.' },
    },
    {
      name: 'answeredAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' } },
    },
  ],
}
