import { formatDate, type ClinicFormats } from '@/lib/dates'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { portalPaths } from '@/lib/paths'
import type { ConsentStatus } from '@/lib/consent'
import type { PortalTodo } from '../portalTodo'

/** The dashboard's consent to-do: to sign, signed on DATE, withdrawn on DATE, or new version to sign. */
export function consentTodo(appointmentId: number, status: ConsentStatus, formats: ClinicFormats, locale: Locale = DEFAULT_LOCALE): PortalTodo {
  const t = translatorFor(locale)
  const date = (iso: string) => formatDate(new Date(iso), formats, locale)
  const base = { key: 'consent', href: portalPaths.consent(appointmentId) }
  switch (status.kind) {
    case 'signed':
      return { ...base, label: t('todos.consentSigned'), done: true, statusText: t('todos.consentSignedOn', { date: date(status.signedAt) }) }
    case 'new-version':
      return { ...base, label: t('todos.consentNewVersion'), done: false, statusText: t('todos.consentNewVersionStatus') }
    case 'withdrawn':
      return { ...base, label: t('todos.consentSigned'), done: false, statusText: t('todos.consentWithdrawnOn', { date: date(status.withdrawnAt) }) }
    default:
      return { ...base, label: t('todos.consentToSign'), done: false, statusText: t('todos.consentToSignStatus') }
  }
}
