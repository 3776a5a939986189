/**
 * A server with no proxy in front of it (TRUSTED_PROXY_HOPS unset) must record the address the request
 * came from, whatever X-Forwarded-For the client wrote: in audit events, and in the per-IP sign-in limit.
 * The shared test server trusts one proxy (the tests play it), so this file starts its own server.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/scripts/lib/database'
import { startNextServer, type Server } from '@/scripts/lib/processes'
import { getTestPayload, uniqueSuffix } from './helpers/payload'

let payload: Payload
let server: Server
let pool: { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
const LOOPBACK = ['127.0.0.1', '::1']

beforeAll(async () => {
  payload = await getTestPayload()
  pool = (payload.db as unknown as { pool: typeof pool }).pool
  server = await startNextServer({ port: await freePort(), env: { TRUSTED_PROXY_HOPS: '' }, quiet: true })
}, 180_000)

afterAll(async () => {
  await server?.stop()
  // This file's failures all count against the loopback address; leave no block behind for later files.
  await pool.query(`DELETE FROM rate_limits WHERE key = ANY($1)`, [LOOPBACK.map((ip) => `sign-in:${ip}`)])
})

async function failSignIn(email: string, forgedAddress: string): Promise<void> {
  const headers = { 'X-Forwarded-For': forgedAddress }
  const csrf = await fetch(`${server.url}/api/auth/csrf`, { headers })
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const cookie = csrf.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ')
  await fetch(`${server.url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password: 'not the password', json: 'true' }),
  })
}

describe('without a trusted proxy', () => {
  it('sends no HSTS when the client itself claims https', async () => {
    const response = await fetch(`${server.url}/`, { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it('audits the socket address, not a forged X-Forwarded-For', async () => {
    const email = `forged-${uniqueSuffix()}@example.com`
    await failSignIn(email, '203.0.113.77')
    const events = await payload.find({ collection: 'audit-events', where: { action: { equals: 'sign-in-failed' }, actorLabel: { equals: email } } })
    expect(events.docs).toHaveLength(1)
    expect(LOOPBACK).toContain(events.docs[0].ip)
  })

  it('counts every failed sign-in against the socket address, whatever address each claims', async () => {
    const forged = Array.from({ length: 3 }, (_, index) => `198.51.100.${index + 10}`)
    for (const address of forged) await failSignIn(`forged-${uniqueSuffix()}@example.com`, address)
    const { rows } = await pool.query(`SELECT key, points FROM rate_limits WHERE key = ANY($1)`, [[...forged, ...LOOPBACK].map((ip) => `sign-in:${ip}`)])
    expect(rows.map((row) => row.key).filter((key) => forged.some((address) => String(key).endsWith(address)))).toEqual([])
    expect(rows.reduce((sum, row) => sum + Number(row.points), 0)).toBeGreaterThanOrEqual(forged.length)
  })
})
