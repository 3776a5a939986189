import type { CollectionConfig, FieldAccess } from 'payload'

import { clinicianOrOwnPatientRecords, hasRole, isAdmin, isClinician } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'
import { saveEntries } from './endpoints/saveEntries'
import { setBlockTime } from './endpoints/setBlockTime'
import { submitDiary } from './endpoints/submitDiary'
import { fillFromAppointment } from './hooks/fillFromAppointment'
import { announceReviewDecision } from './hooks/announceReviewDecision'
import { lockReviewOnceDecided } from './hooks/lockReviewOnceDecided'
import { keepSubmittedDiariesLocked, refuseDeletingSubmitted } from './hooks/keepSubmittedDiariesLocked'
import { queueReminderWhenBlockTimeSet } from './hooks/queueReminderWhenBlockTimeSet'
import { startFollowUpOnAblationDecision } from './hooks/startFollowUpOnAblationDecision'
import { DECISION_LABELS, REVIEW_DECISIONS, selectOptions } from '@/lib/clinical'
import { relationId } from '@/lib/relations'
import { fixedOnceCreated, hiddenInAdmin, serverSet, sidebarReadOnly } from '../shared/fields'

export const DIARY_STATUSES = [
  { label: 'In progress', value: 'in-progress' },
  { label: 'Submitted', value: 'submitted' },
]


const isClinicianField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'specialist')
const clinicianWhileInProgress: FieldAccess = ({ req, doc }) => hasRole(req.user, 'admin', 'specialist') && doc?.status !== 'submitted'
const clinicianOnceSubmitted: FieldAccess = ({ req, doc }) => hasRole(req.user, 'admin', 'specialist') && doc?.status === 'submitted'
/** The outcome belongs to the patient too; the clinical note and reviewer stay with the clinic. */
const clinicianOrOwningPatient: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin', 'specialist')) return true
  const owner = relationId(doc?.patient)
  return req.user?.collection === 'patients' && owner === req.user.id
}

/**
 * A patient's pain diary for one appointment (one per appointment). Patients write it only through
 * the endpoints below (answers, block time, submit); staff may set the block time while it is in
 * progress. Once submitted, nothing changes any more except the specialist's review.
 */
export const Diaries: CollectionConfig = {
  slug: 'diaries',
  labels: { singular: 'Pain diary', plural: 'Pain diaries' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'patient', 'status', 'blockTime', 'submittedAt'],
    group: 'Clinic',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  defaultSort: '-updatedAt',
  access: {
    read: clinicianOrOwnPatientRecords,
    create: isClinician,
    update: isClinician,
    delete: isAdmin,
  },
  endpoints: [saveEntries, submitDiary, setBlockTime],
  hooks: {
    beforeChange: [fillFromAppointment, keepSubmittedDiariesLocked, lockReviewOnceDecided],
    afterChange: [queueReminderWhenBlockTimeSet, announceReviewDecision, startFollowUpOnAblationDecision],
    beforeDelete: [refuseDeletingSubmitted],
    afterOperation: [auditStaffAccess],
  },
  fields: [
    { name: 'title', type: 'text', admin: hiddenInAdmin },
    {
      name: 'appointment',
      type: 'relationship',
      relationTo: 'appointments',
      required: true,
      unique: true,
      access: fixedOnceCreated,
    },
    {
      name: 'patient',
      type: 'relationship',
      relationTo: 'patients',
      required: true,
      index: true,
      access: serverSet,
      admin: { ...sidebarReadOnly, description: 'The appointment’s patient.' },
    },
    {
      name: 'template',
      type: 'relationship',
      relationTo: 'questionnaire-templates',
      access: serverSet,
      admin: { ...sidebarReadOnly, description: 'Copied when the diary started; later edits to the template do not change it.' },
    },
    {
      name: 'questionnaire',
      type: 'json',
      access: serverSet,
      admin: { readOnly: true, description: 'The wording and time points this diary asks, frozen when it started.' },
    },
    {
      name: 'blockTime',
      type: 'date',
      index: true,
      access: { create: isClinicianField, update: clinicianWhileInProgress },
      admin: {
        description: 'When the block was given. Anchors the times of every answer; the patient can also record it.',
        date: { pickerAppearance: 'dayAndTime', timeIntervals: 5, displayFormat: 'EEE d MMM yyyy, HH:mm' },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'in-progress',
      index: true,
      options: DIARY_STATUSES,
      access: serverSet,
      admin: { position: 'sidebar' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      access: serverSet,
      admin: { ...sidebarReadOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'entries',
      type: 'join',
      collection: 'diary-entries',
      on: 'diary',
      defaultLimit: 50,
      defaultSort: 'answeredAt',
      admin: { defaultColumns: ['timePointKey', 'nrs', 'reliefPercent', 'activity', 'answeredAt'] },
    },
    {
      name: 'review',
      type: 'group',
      admin: { description: 'The specialist’s conclusion, once the diary is submitted.' },
      // The patient sees the decision and its date in the portal; the note and reviewer stay clinical.
      access: { read: clinicianOrOwningPatient, create: serverSet.create, update: clinicianOnceSubmitted },
      fields: [
        { name: 'decision', type: 'select', options: selectOptions(REVIEW_DECISIONS, DECISION_LABELS) },
        { name: 'note', type: 'textarea', maxLength: 4000, access: { read: isClinicianField } },
        {
          name: 'reviewedBy',
          type: 'relationship',
          relationTo: 'users',
          filterOptions: { role: { in: ['admin', 'specialist'] } },
          access: { read: isClinicianField },
          admin: { readOnly: true },
        },
        { name: 'reviewedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
