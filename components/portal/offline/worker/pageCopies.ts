/// <reference lib="webworker" />
/**
 * The offline copies of diary pages, in one cache, each under the key of the patient it was rendered
 * for (see `offlineCopyKey`). Runs in the service worker.
 */
import { isDeviceNamespace, isDiaryPagePath, offlineCopyKey, ownerOfCopyKey, UNCLAIMED } from '@/lib/offline'
import { PAGE_CACHE } from '../messages'

/** The copy the worker just fetched becomes this patient's; the page fetched here if the worker missed it (first visit). */
export async function claimPageCopy(path: string, namespace: string): Promise<void> {
  if (!isDiaryPagePath(path) || !isDeviceNamespace(namespace)) return
  const cache = await caches.open(PAGE_CACHE)
  const unclaimedKey = offlineCopyKey(path, UNCLAIMED)
  let response = await cache.match(unclaimedKey, { ignoreVary: true })
  if (!response) {
    const fetched = await fetch(path, { credentials: 'same-origin', redirect: 'error', cache: 'no-store' }).catch(() => null)
    if (!fetched?.ok || fetched.type !== 'basic') return
    response = fetched
  }
  await cache.put(offlineCopyKey(path, namespace), response)
  await cache.delete(unclaimedKey, { ignoreVary: true })
}

/** Drops every copy kept for someone other than `namespace` (another patient signed in on this device). */
export async function keepOnlyCopiesOf(namespace: string): Promise<void> {
  const cache = await caches.open(PAGE_CACHE)
  for (const request of await cache.keys()) {
    const owner = ownerOfCopyKey(request.url)
    if (owner !== namespace && owner !== UNCLAIMED) await cache.delete(request, { ignoreVary: true })
  }
}

export async function forgetPageCopies(path: string): Promise<void> {
  if (!isDiaryPagePath(path)) return
  const cache = await caches.open(PAGE_CACHE)
  for (const request of await cache.keys()) {
    if (new URL(request.url).pathname === path) await cache.delete(request, { ignoreVary: true })
  }
}
