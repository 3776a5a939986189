/**
 * Processes started the way a user starts them (`npm run …` in a process group of its own), and
 * whether every one of them has stopped.
 */
import net from 'node:net'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether any process of the group `pgid` is still running. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** Whether nothing listens on `port` (the port can be bound again, as the balancer binds it). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, () => probe.close(() => resolve(true)))
  })
}

/**
 * Resolves, with the time it took, once `url` no longer answers and no process of the group is left;
 * throws after `withinMs`.
 */
export async function untilStopped(url: string, pgid: number, withinMs: number): Promise<number> {
  const since = Date.now()
  while (Date.now() - since < withinMs) {
    const answering = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    )
    if (!answering && !groupAlive(pgid)) return Date.now() - since
    await sleep(250)
  }
  throw new Error(`still ${groupAlive(pgid) ? 'running' : 'answering'} ${withinMs / 1000}s after the signal`)
}
