/**
 * The answers the diary page holds: what the server confirmed plus what is only on this device.
 * Pure functions (no React, no storage), unit-tested; `deviceCopy.ts` keeps them on the device (IndexedDB).
 */
import { MAX_AUTOSAVE_ENTRIES, diaryEntrySchema, mergeEntries, type DiaryEntry } from '@/lib/diary'

/** An answer and whether the server has confirmed it. */
export type HeldAnswer = DiaryEntry & { synced: boolean }

function withoutFlag({ synced: _synced, ...entry }: HeldAnswer): DiaryEntry {
  return entry
}

/** A new or changed answer: it replaces the time point's earlier one and waits to be sent. */
export function recordAnswer(held: readonly HeldAnswer[], answer: DiaryEntry): HeldAnswer[] {
  return mergeEntries(held, [{ ...answer, synced: false }])
}

/**
 * Brings the server's answers in: for each time point the answer given last wins (the server's on a
 * tie). An answer counts as saved only when the server holds that very answer, so a device answer
 * the server does not have, or has lost, is sent (again).
 */
export function reconcile(held: readonly HeldAnswer[], server: readonly DiaryEntry[]): HeldAnswer[] {
  const onServer = new Set(server.map((entry) => entry.clientId))
  return mergeEntries(
    server.map((entry) => ({ ...entry, synced: true })),
    held,
  ).map((answer) => ({ ...answer, synced: onServer.has(answer.clientId) }))
}

/** The next batch to send: unsent answers, oldest first, at most one autosave's worth. */
export function nextBatch(held: readonly HeldAnswer[], refused: ReadonlySet<string> = new Set()): DiaryEntry[] {
  return held
    .filter((answer) => !answer.synced && !refused.has(answer.clientId))
    .sort((a, b) => Date.parse(a.answeredAt) - Date.parse(b.answeredAt))
    .slice(0, MAX_AUTOSAVE_ENTRIES)
    .map(withoutFlag)
}

/** Answers still to send (an answer the server refused is kept on the device but not sent again). */
export function unsentCount(held: readonly HeldAnswer[], refused: ReadonlySet<string> = new Set()): number {
  return held.filter((answer) => !answer.synced && !refused.has(answer.clientId)).length
}

/** Answers read back from storage, keeping only well-formed ones (storage can be edited or stale). */
export function parseHeldAnswers(value: unknown): HeldAnswer[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item) => {
    const parsed = diaryEntrySchema.safeParse(item)
    if (!parsed.success) return []
    return [{ ...parsed.data, synced: (item as { synced?: unknown }).synced === true }]
  })
}
