/**
 * Redis for the scripts: whether one answers (the tests use it when it does), and removing a test
 * run's cache keys afterwards. The app itself reaches Redis only through cache-handler.mjs.
 */
import net from 'node:net'

import { createClient } from '@redis/client'

/** Where the tests look for Redis: REDIS_URL, else the usual local port. */
export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379'

/** Whether a Redis server at `url` answers PING within a second (no client library, no retries). */
export function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname)
    const done = (answer: boolean) => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(1_000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    // A server that wants a password answers -NOAUTH: it is there, and the app's URL carries the password.
    socket.once('data', (data) => done(/^(\+PONG|-NOAUTH)/.test(data.toString())))
  })
}

/** Deletes every key under `prefix:` (one test run's page cache); other runs on the server keep theirs. */
export async function deleteKeysUnder(url: string, prefix: string): Promise<void> {
  const client = createClient({ url })
  await client.connect()
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) if (keys.length > 0) await client.unlink(keys)
  } finally {
    await client.close()
  }
}
