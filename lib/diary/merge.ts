/**
 * Merging diary answers saved more than once (autosave retries, offline re-sends, two tabs).
 * One answer per time point; the answer given later wins.
 */

export interface MergeableEntry {
  timePointKey: string
  /** ISO 8601 date-time of when the patient answered. */
  answeredAt: string
}

function answeredAtMs(entry: MergeableEntry): number {
  const ms = Date.parse(entry.answeredAt)
  return Number.isNaN(ms) ? -Infinity : ms
}

/** True when `candidate` should replace `current`: strictly later answer time (ties keep `current`). */
function isNewer(candidate: MergeableEntry, current: MergeableEntry): boolean {
  return answeredAtMs(candidate) > answeredAtMs(current)
}

/**
 * One entry per time point key: for each key, the entry with the latest `answeredAt` (compared as
 * instants, so offsets are honoured); on a tie the entry seen first (existing before incoming) stays.
 * Keys keep the order of their first appearance. Idempotent: merging the same batch again changes
 * nothing, and no key is ever dropped.
 */
export function mergeEntries<T extends MergeableEntry>(existing: readonly T[], incoming: readonly T[]): T[] {
  const byKey = new Map<string, T>()
  for (const entry of [...existing, ...incoming]) {
    const current = byKey.get(entry.timePointKey)
    if (!current || isNewer(entry, current)) byKey.set(entry.timePointKey, entry)
  }
  return [...byKey.values()]
}
