/** Public addresses of CMS documents: the one place that maps a slug to a URL. */
type Sluggable = { slug?: string | null }

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
  activate: (token: string) => `/portal/activate?token=${encodeURIComponent(token)}`,
  resetPassword: (token: string) => `/portal/reset-password?token=${encodeURIComponent(token)}`,
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
