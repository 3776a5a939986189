import type { Payload } from 'payload'

/**
 * What runs one SQL statement: Payload's own pg pool (`poolOf`), or any pg pool or client (the
 * autosave benchmark's floor runs the app's statements through its own pool).
 */
export type Queryable = { query: (text: string, values?: unknown[]) => Promise<{ rows: any[] }> }

/** Payload's pg pool: a statement run here is not part of any Payload transaction. */
export function poolOf(payload: Payload): Queryable {
  return (payload.db as unknown as { pool: Queryable }).pool
}
