import type { CollectionConfig } from 'payload'

import { CHANNEL_LABELS, REMINDER_CHANNELS } from '@/lib/reminders'
import { hasRole, isClinician, nobody } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'

export const REMINDER_STATUSES = [
  { label: 'Queued', value: 'queued' },
  { label: 'Sending', value: 'sending' },
  { label: 'Sent', value: 'sent' },
  { label: 'Not needed (answered)', value: 'skipped' },
  { label: 'Cancelled', value: 'cancelled' },
]

/**
 * One reminder of a pain diary, or of a follow-up's questionnaires after an ablation (then it names
 * the follow-up instead of a diary, and `blockTime` holds the ablation time it was planned from): the
 * points it is for, when it goes (after the patient's quiet hours) and what became of it. Rows are planned when the block time is recorded and change state
 * only through the single SQL statements in store.ts, which is how a reminder is never sent twice,
 * whatever number of job runners race for it. Staff read them on the review page; nobody edits them.
 */
export const DiaryReminders: CollectionConfig = {
  slug: 'diary-reminders',
  labels: { singular: 'Diary reminder', plural: 'Diary reminders' },
  admin: {
    useAsTitle: 'firstPointKey',
    defaultColumns: ['diary', 'sendAt', 'status', 'channels', 'sentAt'],
    group: 'Clinic',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  defaultSort: 'sendAt',
  access: { read: isClinician, create: nobody, update: nobody, delete: nobody },
  hooks: { afterOperation: [auditStaffAccess] },
  // One reminder per diary, block time and first time point: planning twice (two requests setting
  // the same block time at once) finds the row already there.
  indexes: [
    { fields: ['diary', 'blockTime', 'firstPointKey'], unique: true },
    { fields: ['followUp', 'blockTime', 'firstPointKey'], unique: true },
  ],
  fields: [
    // Exactly one of the two: only the server writes these rows (store.ts, followUpStore.ts).
    { name: 'diary', type: 'relationship', relationTo: 'diaries', index: true },
    { name: 'followUp', type: 'relationship', relationTo: 'follow-ups', index: true },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true },
    { name: 'blockTime', type: 'date', required: true, admin: { description: 'The block time (diary) or ablation time (follow-up) this reminder was planned from.' } },
    { name: 'firstPointKey', type: 'text', required: true, maxLength: 40 },
    { name: 'pointKeys', type: 'json', required: true, admin: { description: 'The time points this reminder is for.' } },
    { name: 'dueAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'sendAt',
      type: 'date',
      required: true,
      index: true,
      admin: { description: 'The due time, moved to the end of the patient’s quiet hours when it falls inside them.', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', index: true, options: REMINDER_STATUSES },
    {
      name: 'channels',
      type: 'json',
      admin: { description: `The channels it went out on: ${REMINDER_CHANNELS.map((channel) => CHANNEL_LABELS[channel]).join(', ')}.` },
    },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
