/// <reference lib="webworker" />
/**
 * The portal's service worker (bundled by @serwist/next into `public/sw.js`, registered with scope
 * `/portal` by `components/portal/offline/OfflineSupport.tsx`). It keeps exactly two things:
 * - the build's scripts and styles (`/_next/static/`, content-hashed, the same for everyone);
 * - the diary pages a patient opened, network first, each copy under that patient's namespace and
 *   shown only when the network fails. Their Content-Security-Policy header is kept with them, so the
 *   nonce in a kept page still matches its policy.
 * Nothing else is cached: every other page and every API answer goes to the network as without a
 * worker. Staff pages (/clinic, /admin) are outside its scope. Sign-out deletes everything it kept.
 * It also sends answers waiting on the device (Background Sync) and shows reminder pushes.
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist'

import { clearDeviceDb, currentNamespace, deviceDb } from '@/components/portal/offline/deviceDb'
import { DIARY_SYNC_TAG, PAGE_CACHE, PORTAL_CACHE_PREFIX, STATIC_CACHE, type WorkerMessage } from '@/components/portal/offline/messages'
import { claimPageCopy, forgetPageCopies, keepOnlyCopiesOf } from '@/components/portal/offline/worker/pageCopies'
import { sendHeldAnswers } from '@/components/portal/offline/worker/sendHeldAnswers'
import { isDeviceNamespace, isDiaryPagePath, isStaticAsset, offlineCopyKey, UNCLAIMED } from '@/lib/offline'
import { notificationFromPush, notificationUrl } from '@/lib/reminders/notification'
import { portalPaths } from '@/lib/paths'

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined
  }
}
declare const self: ServiceWorkerGlobalScope

/** A fresh page waits unclaimed; a read looks for the copy of the patient last seen here, or nothing. */
const patientCopies: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request, mode }) => {
    const path = new URL(request.url).pathname
    if (mode === 'write') return offlineCopyKey(path, UNCLAIMED)
    const namespace = await currentNamespace(await deviceDb()).catch(() => null)
    return offlineCopyKey(path, namespace ?? 'nobody')
  },
  // Only the page itself: never a redirect to sign-in, an error or a "not found".
  cacheWillUpdate: async ({ response }) => (response.ok && response.type === 'basic' ? response : null),
}

const serwist = new Serwist({
  // @serwist/next injects the build's file list here; next.config.mjs leaves it empty (no precache).
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url }) => isStaticAsset(url, self.location.origin),
      handler: new CacheFirst({
        cacheName: STATIC_CACHE,
        // Build files are named by their content: a request's client hints (Vary) change nothing.
        matchOptions: { ignoreVary: true },
        plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 })],
      }),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === 'navigate' && isDiaryPagePath(url.pathname),
      handler: new NetworkFirst({ cacheName: PAGE_CACHE, networkTimeoutSeconds: 10, matchOptions: { ignoreVary: true }, plugins: [patientCopies] }),
    },
  ],
})

async function forgetEverything(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith(PORTAL_CACHE_PREFIX)) await caches.delete(name)
  await clearDeviceDb(await deviceDb())
}

async function nameThePatient(namespace: string): Promise<void> {
  const db = await deviceDb()
  if ((await currentNamespace(db)) !== namespace) await db.put('device', namespace, 'namespace')
  await keepOnlyCopiesOf(namespace)
}

async function handleMessage(data: WorkerMessage): Promise<unknown> {
  switch (data.type) {
    case 'patient':
      if (isDeviceNamespace(data.namespace)) await nameThePatient(data.namespace)
      return true
    case 'keep-diary-page':
      if (!isDeviceNamespace(data.namespace) || !isDiaryPagePath(data.path)) return false
      await nameThePatient(data.namespace)
      await claimPageCopy(data.path, data.namespace)
      return true
    case 'forget-diary-page':
      await forgetPageCopies(data.path)
      return true
    case 'send-held-answers':
      return sendHeldAnswers()
    case 'sign-out':
      await forgetEverything()
      return true
    default:
      return false
  }
}

self.addEventListener('message', (event) => {
  // Only the portal's own pages talk to this worker.
  if (!(event.source instanceof WindowClient) || new URL(event.source.url).origin !== self.location.origin) return
  const data = event.data as WorkerMessage | null
  if (data?.type === 'CACHE_URLS') {
    const urls = Array.isArray(data.payload?.urlsToCache) ? data.payload.urlsToCache : []
    const wanted = urls.filter((url) => typeof url === 'string' && isStaticAsset(new URL(url, self.location.origin), self.location.origin))
    event.data.payload.urlsToCache = wanted
    serwist.handleCache(event)
    return
  }
  if (!data || typeof data.type !== 'string') return
  const reply = event.ports[0]
  event.waitUntil(
    handleMessage(data).then(
      (result) => reply?.postMessage({ ok: true, result }),
      () => reply?.postMessage({ ok: false }),
    ),
  )
})

type SyncEvent = ExtendableEvent & { tag: string }
self.addEventListener('sync' as keyof ServiceWorkerGlobalScopeEventMap, ((event: SyncEvent) => {
  if (event.tag !== DIARY_SYNC_TAG) return
  // A rejected sync is retried by the browser later (with its own back-off).
  event.waitUntil(
    sendHeldAnswers().then((result) => {
      if (result === 'retry-later') throw new Error('The clinic’s server could not be reached; trying again later.')
    }),
  )
}) as EventListener)

// Reminder pushes carry `{ title, body, url }` and never health data (lib/reminders/notification.ts).
self.addEventListener('push', (event) => {
  const { title, options } = notificationFromPush(event.data ? event.data.text() : null)
  event.waitUntil(self.registration.showNotification(title, { ...options, icon: portalPaths.icon('192.png') }))
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const path = notificationUrl(event.notification.data)
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
      const same = windows.find((client) => {
        const url = new URL(client.url)
        return `${url.pathname}${url.search}${url.hash}` === path
      })
      if (same) return same.focus()
      const portal = windows.find((client) => new URL(client.url).pathname.startsWith(portalPaths.serviceWorkerScope))
      if (portal) {
        const focused = await portal.focus()
        // navigate() works only on a window this worker controls.
        if (await focused.navigate(path).catch(() => null)) return
      }
      await self.clients.openWindow(path)
    })(),
  )
})

serwist.addEventListeners()
