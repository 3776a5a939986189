import type { CollectionConfig } from 'payload'

import { clinicianOrSelfPatient, hasRole, isAdmin, isClinician } from '@/payload/access'
import { portalSessionStrategy } from '@/payload/auth/portalSessionStrategy'
import { sameTimeForEveryFailedLogin } from '@/payload/auth/loginTiming'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from '@/lib/i18n/config'
import { sendInvite } from './endpoints/sendInvite'
import { setLanguage } from './endpoints/setLanguage'
import { accountDetailsOnlyByAdmin } from './hooks/accountDetailsOnlyByAdmin'
import { accountOperationsOnlyThroughPortal, onlyThroughPortal } from './hooks/onlyThroughPortal'
import { serverOnly, serverSet, sidebarReadOnly } from '../shared/fields'
import { refuseDeleteWhileConsentsName } from '../Consents/keepSignedRecords'

const FIFTEEN_MINUTES_IN_MS = 15 * 60 * 1000

export const PREFERRED_LANGUAGES = [
  { label: 'English', value: 'en' },
  { label: 'Welsh', value: 'cy' },
  { label: 'Polish', value: 'pl' },
  { label: 'Urdu', value: 'ur' },
  { label: 'Punjabi', value: 'pa' },
  { label: 'Arabic', value: 'ar' },
  { label: 'Other (interpreter needed)', value: 'other' },
]

/** Patients are created by clinical staff and sign in only through the portal, never /admin. */
export const Patients: CollectionConfig = {
  slug: 'patients',
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'clinicNumber', 'email', 'dateOfBirth', 'activatedAt'],
    group: 'Clinic',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  auth: {
    tokenExpiration: 30 * 60,
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES_IN_MS,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.SERVER_URL?.startsWith('https://') === true },
    strategies: [portalSessionStrategy],
  },
  access: {
    create: isClinician,
    read: clinicianOrSelfPatient,
    update: isClinician,
    delete: isAdmin,
    unlock: isClinician,
  },
  endpoints: [sendInvite, setLanguage],
  hooks: {
    beforeLogin: [onlyThroughPortal],
    beforeOperation: [accountOperationsOnlyThroughPortal, sameTimeForEveryFailedLogin],
    beforeChange: [accountDetailsOnlyByAdmin],
    beforeDelete: [refuseDeleteWhileConsentsName('patients')],
    afterOperation: [auditStaffAccess],
  },
  fields: [
    { name: 'fullName', type: 'text', required: true, maxLength: 120, admin: { description: 'As the patient will type it when signing consent.' } },
    { name: 'dateOfBirth', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } } },
    {
      name: 'clinicNumber',
      type: 'text',
      unique: true,
      maxLength: 20,
      admin: { description: 'The clinic’s own number for this patient (hospital number). Printed on signed consent forms beside the name and date of birth.' },
    },
    { name: 'phone', type: 'text', maxLength: 40 },
    { name: 'preferredLanguage', type: 'select', defaultValue: 'en', options: PREFERRED_LANGUAGES },
    {
      // What the portal, emails, reminders and the calendar file are written in (lib/i18n). Staff set it
      // here; the patient chooses it at activation and changes it on /portal/language (patientLanguage endpoint).
      name: 'language',
      type: 'select',
      defaultValue: DEFAULT_LOCALE,
      options: LOCALES.map((locale) => ({ label: LOCALE_NAMES[locale], value: locale })),
      admin: { description: 'The language of the patient portal, emails and reminders for this patient.' },
    },
    {
      name: 'invitedAt',
      type: 'date',
      admin: { ...sidebarReadOnly, date: { pickerAppearance: 'dayAndTime' } },
      access: serverSet,
    },
    {
      name: 'activatedAt',
      type: 'date',
      admin: { ...sidebarReadOnly, date: { pickerAppearance: 'dayAndTime' } },
      access: serverSet,
    },
    {
      name: 'invite',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/SendInviteButton#SendInviteButton' } },
    },
    {
      // The patient's optional authenticator app, set up and removed in the portal (sign-in security):
      // the sealed secret, the last time step used and the SHA-256 of each unused recovery code. Only
      // server code reads or writes it (payload/auth/secondFactor/patients.ts), never a request.
      name: 'secondFactor',
      type: 'group',
      hidden: true,
      access: serverOnly,
      fields: [
        { name: 'secret', type: 'text' },
        { name: 'pendingSecret', type: 'text' },
        { name: 'lastStep', type: 'number' },
        { name: 'recoveryCodes', type: 'json' },
      ],
    },
    { name: 'secondFactorEnrolledAt', type: 'date', hidden: true, access: serverOnly },
    {
      // The patient's own choice of diary reminders, made at /portal/reminders (payload/reminders/preferences.ts).
      // A channel is on from the moment its consent is recorded here; every change is audited.
      name: 'reminders',
      type: 'group',
      access: serverSet,
      admin: { description: 'Diary reminders, as the patient chose them in the portal.' },
      fields: [
        { name: 'chosenAt', type: 'date', admin: { readOnly: true, description: 'Empty until the patient chooses: reminders then go by email.' } },
        { name: 'emailConsentedAt', type: 'date', admin: { readOnly: true } },
        { name: 'smsConsentedAt', type: 'date', admin: { readOnly: true } },
        { name: 'pushConsentedAt', type: 'date', admin: { readOnly: true } },
        { name: 'mobile', type: 'text', maxLength: 20, admin: { readOnly: true, description: 'For text messages, international format.' } },
        { name: 'quietHoursStart', type: 'text', maxLength: 5, admin: { readOnly: true } },
        { name: 'quietHoursEnd', type: 'text', maxLength: 5, admin: { readOnly: true } },
        { name: 'wakeTime', type: 'text', maxLength: 5, admin: { readOnly: true } },
      ],
    },
  ],
}
