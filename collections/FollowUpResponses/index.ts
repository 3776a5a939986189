import type { Access, CollectionConfig } from 'payload'

import { clinicianOrOwnPatientRecords, hasRole, isPatientUser, nobody } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'
import { fixedOnceCreated, serverSet, sidebarReadOnly } from '../shared/fields'
import { acceptOnlyDueAnswers } from './acceptOnlyDueAnswers'

export const FOLLOW_UP_RESPONSES_SLUG = 'follow-up-responses'

/** Only patients answer, for themselves (the hook checks the follow-up is theirs and the point due). */
const patientsOnly: Access = ({ req }) => isPatientUser(req.user)

/**
 * One answered outcome questionnaire: a follow-up, a plan point, an instrument, the answers and the
 * score computed from them. Created once by the patient while the point is open; read-only after
 * (nobody may update or delete it, and the app's database role may only add such rows; the unique
 * index refuses a second answer set for the same point and instrument, however two requests race).
 * Patients read their own; editors none.
 */
export const FollowUpResponses: CollectionConfig = {
  slug: FOLLOW_UP_RESPONSES_SLUG,
  labels: { singular: 'Follow-up answer', plural: 'Follow-up answers' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'patient', 'pointKey', 'instrumentKey', 'answeredAt'],
    group: 'Clinic',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  defaultSort: 'answeredAt',
  access: { read: clinicianOrOwnPatientRecords, create: patientsOnly, update: nobody, delete: nobody },
  hooks: { beforeChange: [acceptOnlyDueAnswers], afterOperation: [auditStaffAccess] },
  indexes: [{ fields: ['followUp', 'pointKey', 'instrumentKey'], unique: true }],
  fields: [
    { name: 'title', type: 'text', access: serverSet, admin: { readOnly: true } },
    { name: 'followUp', type: 'relationship', relationTo: 'follow-ups', required: true, index: true, access: fixedOnceCreated },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true, access: serverSet, admin: sidebarReadOnly },
    { name: 'pointKey', type: 'text', required: true, maxLength: 40, access: fixedOnceCreated },
    { name: 'instrumentKey', type: 'text', required: true, maxLength: 40, access: fixedOnceCreated },
    { name: 'answers', type: 'json', required: true, access: fixedOnceCreated, admin: { readOnly: true } },
    { name: 'score', type: 'json', access: serverSet, admin: { readOnly: true, description: 'Computed from the answers when they were given.' } },
    { name: 'answeredAt', type: 'date', required: true, index: true, access: serverSet, admin: { ...sidebarReadOnly, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
