/**
 * A small map whose entries expire: at most `maxEntries` (the oldest goes first when full), each kept
 * until its own deadline. For values that are costly to compute and safe to reuse for a short while
 * (the decrypted portal cookie: payload/auth/sessionCookie.ts).
 */
export type ExpiringCache<V> = {
  get: (key: string) => V | undefined
  set: (key: string, value: V, expiresAt: number) => void
  readonly size: number
}

export function createExpiringCache<V>({ maxEntries, now = Date.now }: { maxEntries: number; now?: () => number }): ExpiringCache<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>()
  return {
    get(key) {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (entry.expiresAt <= now()) {
        entries.delete(key)
        return undefined
      }
      return entry.value
    },
    set(key, value, expiresAt) {
      if (expiresAt <= now()) return
      entries.delete(key)
      // A Map keeps insertion order: its first key is the oldest entry.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string)
      entries.set(key, { value, expiresAt })
    },
    get size() {
      return entries.size
    },
  }
}
