/**
 * The page's side of the portal's service worker (`app/sw.ts`): registration, the messages it sends,
 * Background Sync, and forgetting everything at sign-out. Every call is best-effort: without a service
 * worker (old browser, development server, private mode) the portal works online as before.
 */
import { portalPaths } from '@/lib/paths'
import { removeLegacyCopies } from '../diary/deviceCopy'
import { clearDeviceDb, deviceDb } from './deviceDb'
import { DIARY_SYNC_TAG, PAGE_CACHE, PORTAL_CACHE_PREFIX, type WorkerMessage } from './messages'

const REPLY_TIMEOUT_MS = 3_000

function serviceWorkers(): ServiceWorkerContainer | null {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : null
}

/** Only production builds carry the worker (`next.config.mjs`); the development server has none. */
export function registerPortalWorker(): void {
  if (process.env.NODE_ENV !== 'production') return
  void serviceWorkers()
    ?.register(portalPaths.serviceWorker, { scope: portalPaths.serviceWorkerScope, updateViaCache: 'none' })
    .catch(() => undefined)
}

/** The active worker of this page's registration, if one is (or becomes) active within the timeout. */
async function activeWorker(timeoutMs = REPLY_TIMEOUT_MS): Promise<ServiceWorker | null> {
  const container = serviceWorkers()
  if (!container) return null
  // `ready` waits for the registration covering this page, also one made after this call (first visit).
  const ready = container.ready.then((found) => found.active)
  return Promise.race([ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))])
}

/** Sends a message and waits for the worker's answer (or the timeout: then null). */
export async function askWorker(message: WorkerMessage, timeoutMs = REPLY_TIMEOUT_MS): Promise<unknown> {
  const worker = await activeWorker(timeoutMs)
  if (!worker) return null
  const channel = new MessageChannel()
  const answer = new Promise<unknown>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean; result?: unknown }>) => resolve(event.data?.ok ? (event.data.result ?? true) : null)
    setTimeout(() => resolve(null), timeoutMs)
  })
  worker.postMessage(message, [channel.port2])
  return answer
}

/**
 * Keeps the diary page now showing for offline use, with the scripts and styles it loaded (loaded
 * before the worker ran, on a first visit, so the worker has not seen them).
 */
export async function keepDiaryPageOffline(namespace: string): Promise<void> {
  const worker = await activeWorker(30_000)
  if (!worker) return
  const urlsToCache = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === location.origin && new URL(url).pathname.startsWith('/_next/static/'))
  worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } } satisfies WorkerMessage)
  await askWorker({ type: 'keep-diary-page', namespace, path: location.pathname })
}

export function forgetDiaryPage(path: string): void {
  void askWorker({ type: 'forget-diary-page', path })
}

type SyncRegistration = ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }

/** Where the browser has Background Sync, the worker sends the kept answers when the connection returns, even with the page closed. */
export async function requestBackgroundSync(): Promise<void> {
  const registration = (await serviceWorkers()?.getRegistration(portalPaths.serviceWorkerScope).catch(() => undefined)) as SyncRegistration | undefined
  await registration?.sync?.register(DIARY_SYNC_TAG).catch(() => undefined)
}

/**
 * Sign-out: answers still waiting are sent if the connection allows (a few seconds at most), then
 * everything the portal keeps on this device goes: the worker's caches, IndexedDB, localStorage copies.
 */
export async function forgetThisDevice(): Promise<void> {
  if (navigator.onLine) await askWorker({ type: 'send-held-answers' })
  await askWorker({ type: 'sign-out' })
  try {
    for (const name of await caches.keys()) if (name.startsWith(PORTAL_CACHE_PREFIX)) await caches.delete(name)
  } catch {
    // No Cache Storage (plain http): nothing was cached.
  }
  await deviceDb()
    .then(clearDeviceDb)
    .catch(() => undefined)
  removeLegacyCopies()
}

/**
 * Nobody is signed in on this page (the session ended, e.g. after 30 idle minutes): the kept diary
 * pages go, and the worker no longer knows whose answers to send. Answers still waiting stay on the
 * device for their patient's next sign-in (nothing typed is lost); sign-out removes those too.
 */
export async function forgetOfflinePages(): Promise<void> {
  try {
    await caches.delete(PAGE_CACHE)
  } catch {
    // No Cache Storage: nothing was kept.
  }
  await deviceDb()
    .then((db) => db.delete('device', 'namespace'))
    .catch(() => undefined)
}
