import { cookies, headers } from 'next/headers'
import { cache } from 'react'

import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, toLocale, type Locale } from '@/lib/i18n/config'
import type { Patient } from '@/payload-types'

/** The language on the patient's record: everything the portal shows or sends them is in it. */
export function localeOfPatient(patient: Pick<Patient, 'language'> | null | undefined): Locale {
  return toLocale(patient?.language)
}

/** Before sign-in: the language the visitor chose (the cookie), else their browser's, else the clinic's. */
export function localeOfVisitor(requestHeaders: Headers, cookieValue?: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue
  return localeFromAcceptLanguage(requestHeaders.get('accept-language')) ?? DEFAULT_LOCALE
}

/** The cookie's value in a raw Cookie header (for Payload endpoints, which get no cookie jar). */
function cookieIn(requestHeaders: Headers, name: string): string | null {
  for (const part of (requestHeaders.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return null
}

/** An endpoint's answer language: the signed-in patient's, else the visitor's. */
export function localeOfRequest(user: unknown, requestHeaders: Headers): Locale {
  const patient = user as { collection?: string; language?: string } | null
  if (patient?.collection === 'patients') return toLocale(patient.language)
  return localeOfVisitor(requestHeaders, cookieIn(requestHeaders, LOCALE_COOKIE))
}

/**
 * The portal page's language for this request: the signed-in patient's, else the visitor's. Cached per
 * request (the layout, the page and next-intl's request config all ask).
 */
export const portalLocale = cache(async (): Promise<Locale> => {
  // Imported here: the queries module reads the session, which pages without a patient never need.
  const { getSignedInPatient } = await import('../queries/portal')
  const patient = await getSignedInPatient().catch(() => null)
  if (patient) return localeOfPatient(patient)
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()])
  return localeOfVisitor(requestHeaders, jar.get(LOCALE_COOKIE)?.value)
})
