/**
 * What the portal's service worker may keep and show, as pure functions (unit-tested): which pages it
 * keeps for offline use, under which key, and what a push message may say and open.
 */

/** The one kind of page kept for offline use: a diary, `/portal/appointments/<id>/diary`. */
const DIARY_PAGE = /^\/portal\/appointments\/\d{1,12}\/diary$/

export function isDiaryPagePath(pathname: string): boolean {
  return DIARY_PAGE.test(pathname)
}

/** A device namespace names one patient on this device without naming them (hex, from the server). */
const NAMESPACE = /^[0-9a-f]{16,64}$/

export function isDeviceNamespace(value: unknown): value is string {
  return typeof value === 'string' && NAMESPACE.test(value)
}

/**
 * The cache key of a diary page's offline copy. A page fetched by the worker waits as `unclaimed`
 * until the page itself, rendered for one patient, claims it under that patient's namespace: so a
 * copy is only ever shown to the patient it was rendered for.
 */
export const UNCLAIMED = 'unclaimed'
export function offlineCopyKey(pathname: string, owner: string): string {
  return `${pathname}?offline-copy=${owner}`
}

/** The owner part of a key made by `offlineCopyKey`, or null. */
export function ownerOfCopyKey(key: string): string | null {
  try {
    return new URL(key, 'https://device.invalid').searchParams.get('offline-copy')
  } catch {
    return null
  }
}

/** Same-origin build output only: the scripts and styles a kept page needs to start offline. */
export function isStaticAsset(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname.startsWith('/_next/static/')
}

export type PushMessage = { title: string; body: string; url: string }

const DEFAULT_TITLE = 'Harbour Spine Clinic'
const FALLBACK_PATH = '/portal'

/**
 * A path on this site to open, or the portal's home: never another origin (`//host`, `https://…`,
 * `javascript:`), whatever a push message carries.
 */
export function sameOriginPath(value: unknown, origin: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return FALLBACK_PATH
  try {
    const url = new URL(value, origin)
    if (url.origin !== origin) return FALLBACK_PATH
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return FALLBACK_PATH
  }
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** The notification a push shows, from its JSON `{ title, body, url }`; anything malformed falls back to plain words. */
export function parsePushMessage(data: unknown, origin: string): PushMessage {
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  const title = typeof value.title === 'string' && value.title.trim() ? clip(value.title.trim(), 120) : DEFAULT_TITLE
  const body = typeof value.body === 'string' ? clip(value.body.trim(), 400) : ''
  return { title, body, url: sameOriginPath(value.url, origin) }
}
