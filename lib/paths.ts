/** Public addresses of CMS documents: the one place that maps a slug to a URL. */
import { DEFAULT_LOCALE, type Locale } from './i18n/config'

type Sluggable = { slug?: string | null }

/** A public page's address in a language: English at the root ("/faq"), others under their code ("/es/faq"). */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

export const procedurePath = (doc: Sluggable) => (doc.slug ? `/procedures/${doc.slug}` : null)
export const conditionPath = (doc: Sluggable) => (doc.slug ? `/conditions/${doc.slug}` : null)
/** The page with slug "home" is the site's front page. */
export const pagePath = (doc: Sluggable) => (doc.slug === 'home' ? '/' : doc.slug ? `/${doc.slug}` : null)

/** The patient portal's addresses: the one place that builds them (pages, links, emails, reminders, calendar files). */
export const portalPaths = {
  home: '/portal',
  signIn: '/portal/sign-in',
  signInSecurity: '/portal/sign-in-security',
  reminders: '/portal/reminders',
  language: '/portal/language',
  /** `lang`: the page opens in the patient's language (proxy.ts keeps it for their next pages). */
  activate: (token: string, lang?: string) => `/portal/activate?token=${encodeURIComponent(token)}${lang ? `&lang=${lang}` : ''}`,
  resetPassword: (token: string, lang?: string) => `/portal/reset-password?token=${encodeURIComponent(token)}${lang ? `&lang=${lang}` : ''}`,
  instructions: (appointmentId: number) => `/portal/appointments/${appointmentId}/instructions`,
  calendar: (appointmentId: number) => `/portal/appointments/${appointmentId}/instructions/calendar`,
  consent: (appointmentId: number) => `/portal/appointments/${appointmentId}/consent`,
  diary: (appointmentId: number) => `/portal/appointments/${appointmentId}/diary`,
  /** The patient's questionnaires and scores after an ablation, and one questionnaire to answer. */
  followUp: (followUpId: number) => `/portal/follow-ups/${followUpId}`,
  followUpAnswer: (followUpId: number, pointKey: string, instrumentId: string) =>
    `/portal/follow-ups/${followUpId}/${encodeURIComponent(pointKey)}/${encodeURIComponent(instrumentId)}`,
  /** The specialist's latest result, at the top of the dashboard. */
  specialistResult: '/portal#specialist-result',
  /** The installable app: its manifest, icons, and the service worker that controls the portal only. */
  manifest: '/portal/manifest.webmanifest',
  icon: (file: PortalIconFile) => `/portal/icons/${file}`,
  serviceWorker: '/sw.js',
  serviceWorkerScope: '/portal',
} as const

export const PORTAL_ICON_FILES = ['192.png', '512.png', 'maskable-512.png'] as const
export type PortalIconFile = (typeof PORTAL_ICON_FILES)[number]
