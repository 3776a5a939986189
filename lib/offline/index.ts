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
