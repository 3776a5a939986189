/**
 * Next's page and data cache shared by every app instance, on Redis (loaded by next.config.mjs only
 * when REDIS_URL is set; without it Next keeps its own cache in each process, as before).
 *
 * - Pages and data live in Redis under `<REDIS_KEY_PREFIX>:<build id>:`, so instances of one build
 *   share them and a new build never serves an old build's pages (their scripts would be gone).
 * - A publish on any instance (revalidatePath in payload/hooks/revalidateOnPublish.ts) deletes the
 *   page's entry in Redis and records when its path was revalidated, so every instance renders it
 *   afresh on its next request.
 * - If Redis does not answer, each instance keeps serving from its own memory (an LRU copy of what it
 *   wrote) and rendering what it lacks; publishing then refreshes only the instance that published,
 *   the others on the pages' 5-minute timer. When Redis answers again the instances share it again.
 * - Nothing is written at build time: each page is rendered on its first request after a deploy and
 *   shared from then on. (The library's registerInitialCache writes keys that Next 16.4, which scopes
 *   its keys by route, never reads.)
 *
 * A plain .mjs file: Next imports it at run time by path, outside its bundles.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

/** Redis on the same network answers in a millisecond; past this a request renders without it. */
const REDIS_TIMEOUT_MS = 1_000
/** How long the first request waits for the connection before using the local copy. */
const FIRST_CONNECT_WAIT_MS = 2_000

function log(level, msg, fields = {}) {
  console.log(JSON.stringify({ level, time: new Date().toISOString(), pid: process.pid, msg, ...fields }))
}

/** One client per process, reconnecting on its own; its URL (which may hold a password) is never logged. */
function connectRedis(url) {
  const client = createClient({
    url,
    // A command while disconnected fails at once instead of queueing: the page is served from memory.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: REDIS_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000),
    },
  })
  // One line when the connection is lost and one when it is back, not one per retry.
  let reachable = true
  client.on('error', (error) => {
    if (!reachable) return
    reachable = false
    log('warn', 'page cache: Redis unreachable; serving from this instance’s memory', { err: error?.code ?? error?.name })
  })
  client.on('ready', () => {
    if (reachable) return
    reachable = true
    log('info', 'page cache: Redis reachable again')
  })
  const connected = client.connect().catch(() => {})
  return { client, connected }
}

CacheHandler.onCreation(async ({ buildId }) => {
  const local = createLruHandler({ maxItemsNumber: 1_000, maxItemSizeBytes: 100 * 1024 * 1024 })
  const url = process.env.REDIS_URL
  if (!url) return { handlers: [local] }

  globalThis.__spinePortalRedis ??= connectRedis(url)
  const { client, connected } = globalThis.__spinePortalRedis
  await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref())])

  const prefix = `${process.env.REDIS_KEY_PREFIX || 'spine-portal'}:${buildId ?? 'no-build-id'}:`
  const shared = createRedisHandler({ client, keyPrefix: prefix, timeoutMs: REDIS_TIMEOUT_MS })
  // Reads go to Redis and, only when it throws (down, timed out), to the local copy; writes and
  // revalidations go to both, each failure on its own.
  return { handlers: [shared, local] }
})

export default CacheHandler
