import type { CollectionConfig } from 'payload'

import { MAX_DRAWING_DATA_URL_LENGTH } from '@/lib/consent'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from '@/lib/i18n/config'

import { clinicianOrOwnPatientRecords, hasRole, nobody } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'
import { signConsentEndpoint } from './endpoints/signConsent'
import { withdrawConsentEndpoint } from './endpoints/withdrawConsent'
import { onlyThroughSigning, onlyWithdrawal, refuseDelete } from './hooks'

const signed = { readOnly: true }

/**
 * A patient's signature on one consent document version for one appointment: the exact text shown,
 * its SHA-256, the ticks, the typed and drawn signature, and where and when it was signed. Never
 * edited or deleted (access, hooks and a database trigger); a withdrawal only sets `status` and
 * `withdrawnAt`. Created only by POST /api/consents/sign.
 */
export const Consents: CollectionConfig = {
  slug: 'consents',
  labels: { singular: 'Signed consent', plural: 'Signed consents' },
  defaultSort: '-signedAt',
  admin: {
    group: 'Clinic',
    useAsTitle: 'typedName',
    defaultColumns: ['signedAt', 'patient', 'appointment', 'document', 'documentVersion', 'status', 'withdrawnAt'],
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
    description: 'Signed by patients in the portal. A signed consent never changes; a withdrawal is recorded with its time.',
  },
  access: { read: clinicianOrOwnPatientRecords, create: nobody, update: nobody, delete: nobody },
  endpoints: [signConsentEndpoint, withdrawConsentEndpoint],
  hooks: {
    beforeValidate: [onlyThroughSigning],
    beforeChange: [onlyWithdrawal],
    beforeDelete: [refuseDelete],
    afterOperation: [auditStaffAccess],
  },
  fields: [
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true, admin: signed },
    { name: 'appointment', type: 'relationship', relationTo: 'appointments', required: true, index: true, admin: signed },
    { name: 'document', type: 'relationship', relationTo: 'consent-documents', required: true, admin: signed },
    { name: 'documentVersion', label: 'Version signed', type: 'number', required: true, admin: signed },
    { name: 'documentTitle', type: 'text', required: true, admin: signed },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'signed',
      options: [
        { label: 'Signed', value: 'signed' },
        { label: 'Withdrawn', value: 'withdrawn' },
      ],
      admin: { ...signed, position: 'sidebar' },
    },
    { name: 'signedAt', type: 'date', required: true, admin: { ...signed, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'withdrawnAt', type: 'date', admin: { ...signed, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'typedName', label: 'Signature (typed full name)', type: 'text', required: true, admin: signed },
    {
      name: 'drawing',
      label: 'Drawn signature (PNG data URL)',
      type: 'textarea',
      // The portal's schema checks this limit first with its own message; Payload's default is 40,000 characters.
      maxLength: MAX_DRAWING_DATA_URL_LENGTH,
      admin: { ...signed, hidden: true },
    },
    { name: 'acknowledgements', label: 'Statements ticked', type: 'json', required: true, admin: signed },
    { name: 'signatureMeaning', type: 'textarea', required: true, admin: signed },
    { name: 'textSha256', label: 'SHA-256 of the text shown', type: 'text', required: true, index: true, admin: signed },
    { name: 'snapshotText', label: 'Text shown and signed', type: 'textarea', required: true, admin: signed },
    {
      name: 'locale',
      label: 'Language signed in',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_LOCALE,
      options: LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] })),
      admin: signed,
    },
    { name: 'ip', label: 'IP address', type: 'text', admin: signed },
    { name: 'userAgent', label: 'Browser', type: 'text', admin: signed },
    {
      // "appointment:document" while signed, cleared on withdrawal: the same version is signed once.
      name: 'signedKey',
      type: 'text',
      unique: true,
      admin: { hidden: true },
    },
    { name: 'pdf', label: 'PDF snapshot', type: 'join', collection: 'consent-pdfs', on: 'consent', admin: { allowCreate: false } },
  ],
}
