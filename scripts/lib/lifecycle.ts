/**
 * How the project's long-running scripts stop: on SIGTERM, SIGINT or SIGHUP (what process managers and
 * terminals send), and on their own when whatever started them is gone (a `kill -9` of `npm start` must
 * not leave a server answering on the port).
 */
import { readFileSync } from 'node:fs'

const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const
const WATCH_INTERVAL_MS = 1_000

export function onStopSignal(stop: (signal: NodeJS.Signals) => void): void {
  for (const signal of STOP_SIGNALS) process.on(signal, () => stop(signal))
}

/** Parent pid and process group of `pid`, from /proc (Linux); null where /proc is not there. */
function procStat(pid: number): { ppid: number; pgrp: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (in parentheses) may hold spaces; the fields after it are fixed.
    const [, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { ppid: Number(ppid), pgrp: Number(pgrp) }
  } catch {
    return null
  }
}

/**
 * This process's ancestors in its own process group: `npm start` runs npm → tsx → start.ts → tsx →
 * serve.ts, so the server's parent (a tsx wrapper) outlives a killed `npm`; watching every ancestor
 * of the group notices. Without /proc, just the parent.
 */
function watchedAncestors(): number[] {
  const own = procStat(process.pid)
  if (!own) return [process.ppid]
  const ancestors: number[] = []
  let pid = own.ppid
  while (pid > 1 && ancestors.length < 16) {
    const stat = procStat(pid)
    if (!stat || stat.pgrp !== own.pgrp) break
    ancestors.push(pid)
    pid = stat.ppid
  }
  return ancestors.length > 0 ? ancestors : [process.ppid]
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Calls `orphaned` once the parent (or an ancestor in the same process group) has gone. */
export function stopWhenOrphaned(orphaned: () => void): void {
  const parent = process.ppid
  const ancestors = watchedAncestors()
  const timer = setInterval(() => {
    if (process.ppid !== parent || !ancestors.every(isAlive)) {
      clearInterval(timer)
      orphaned()
    }
  }, WATCH_INTERVAL_MS)
  timer.unref()
}
