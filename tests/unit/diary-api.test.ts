import { afterEach, describe, expect, it, vi } from 'vitest'

import { saveEntries } from '@/components/portal/diary/api'

const ANSWER = { timePointKey: 'baseline', nrs: 5, clientId: '6f1c2a56-0c3e-4a51-9d1f-2b1b0c7f6a10', answeredAt: '2026-12-01T10:00:00.000Z' }

function answering(status: number, body: unknown = {}, headers: Record<string, string> = {}) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })))
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('what the diary page does with each answer to an autosave', () => {
  it('keeps the answers and tries again when the server cannot answer (503 with Retry-After, any 5xx, 408, 425, 429)', async () => {
    for (const status of [503, 500, 502, 504, 408, 425, 429]) {
      answering(status, { message: 'The clinic’s server cannot save right now.' }, status === 503 ? { 'Retry-After': '5' } : {})
      expect(await saveEntries(1, [ANSWER]), String(status)).toEqual({ kind: 'kept', reason: 'server' })
    }
  })

  it('keeps the answers when there is no connection at all', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    expect(await saveEntries(1, [ANSWER])).toEqual({ kind: 'kept', reason: 'offline' })
  })

  it('asks the patient to sign in only on 401, and stops only on a refusal, with the server’s message', async () => {
    answering(401)
    expect(await saveEntries(1, [ANSWER])).toEqual({ kind: 'signed-out' })
    answering(404, { message: 'That appointment was not found.' })
    expect(await saveEntries(1, [ANSWER])).toEqual({ kind: 'refused', status: 404, message: 'That appointment was not found.' })
  })

  it('takes the diary the server sends back as saved', async () => {
    answering(200, { diary: { status: 'open' }, entries: [] })
    expect(await saveEntries(1, [ANSWER])).toEqual({ kind: 'saved', state: { diary: { status: 'open' }, entries: [] } })
  })
})
