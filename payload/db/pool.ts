import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/**
 * What runs one SQL statement: Payload's own pg pool (`poolOf`), or any pg pool or client (the
 * autosave benchmark's floor runs the app's statements through its own pool).
 */
export type Queryable = { query: (text: string, values?: unknown[]) => Promise<{ rows: any[] }> }

/** Payload's pg pool: a statement run here is not part of any Payload transaction. */
export function poolOf(payload: Payload): Queryable {
  return (payload.db as unknown as { pool: Queryable }).pool
}

/** Payload's drizzle instance on the same pool: for statements written with drizzle's `sql` template. */
export function drizzleOf(payload: Payload) {
  return (payload.db as unknown as PostgresAdapter).drizzle
}

/**
 * The request's open transaction when there is one (a hook writing rows that reference a document not
 * yet committed), else the pool.
 */
export async function drizzleInTransactionOf(payload: Payload, req?: Partial<PayloadRequest>) {
  const adapter = payload.db as unknown as PostgresAdapter
  const transactionId = req?.transactionID ? await req.transactionID : null
  return (transactionId ? adapter.sessions?.[transactionId]?.db : null) ?? adapter.drizzle
}
