/** The messages a portal page sends its service worker (`app/sw.ts`); each is checked on arrival. */
export const DIARY_SYNC_TAG = 'diary-answers'
export const PAGE_CACHE = 'portal-diary-pages'
export const STATIC_CACHE = 'portal-static'
/** Every cache the portal's worker or pages make starts with this, so sign-out can find them all. */
export const PORTAL_CACHE_PREFIX = 'portal-'

export type WorkerMessage =
  /** A signed-in page names its patient: copies kept for anyone else on this device are dropped. */
  | { type: 'patient'; namespace: string }
  /** The diary page now showing: keep its copy for this patient. */
  | { type: 'keep-diary-page'; namespace: string; path: string }
  /** The diary was submitted: its copy is no longer needed. */
  | { type: 'forget-diary-page'; path: string }
  /** Send the answers waiting on this device now (where Background Sync is missing, and before sign-out). */
  | { type: 'send-held-answers' }
  /** Sign-out: forget everything. */
  | { type: 'sign-out' }
  /** Serwist's own: keep these build files (scripts, styles) the page loaded before the worker ran. */
  | { type: 'CACHE_URLS'; payload: { urlsToCache: string[] } }
