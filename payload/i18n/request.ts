import { getRequestConfig } from 'next-intl/server'

import { isLocale } from '@/lib/i18n/config'
import { messagesFor } from '@/lib/i18n/messages'
import { getClinicFormats } from '../queries/content'
import { portalLocale } from './locale'

/**
 * next-intl's per-request configuration. A public page names its language itself (`setRequestLocale`,
 * so it stays statically rendered); a portal page takes the patient's, or the visitor's before sign-in.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isLocale(requested) ? requested : await portalLocale()
  const { timeZone } = await getClinicFormats()
  return { locale, messages: messagesFor(locale), timeZone }
})
