/**
 * What a load balancer and a process manager rely on, and what a patient sees when the database stops
 * answering. This file starts its own servers: one reaches PostgreSQL through a TCP relay the test can
 * cut (a database outage after start-up), two more are started the way `npm` starts them, to be stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/scripts/lib/database'
import { PROJECT_ROOT } from '@/scripts/lib/env'
import { startNextServer, waitForHttp, type Server } from '@/scripts/lib/processes'
import { databaseRelay } from './helpers/databaseRelay'
import { createDiaryPatient, entry, storedEntries, type DiaryPatient } from './helpers/diary'
import { APP_URL } from './helpers/http'
import { getTestPayload } from './helpers/payload'
import { groupAlive, untilStopped } from './helpers/processGroup'

let payload: Payload
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  payload = await getTestPayload()
}, 60_000)

async function autosave(baseUrl: string, patient: DiaryPatient, answer = entry('baseline', 6)) {
  const response = await fetch(`${baseUrl}/api/diaries/${patient.blockAppointmentId}/entries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: patient.cookie },
    body: JSON.stringify({ entries: [answer] }),
  })
  const body = (await response.json().catch(() => null)) as { message?: string } | null
  return { status: response.status, headers: response.headers, body, answer }
}

/** One request on a given agent's connection: its status and its Connection header. */
function rawRequest(agent: http.Agent, url: string, post?: { cookie: string; body: string }): Promise<{ status: number; connection?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        agent,
        method: post ? 'POST' : 'GET',
        headers: post ? { 'Content-Type': 'application/json', Cookie: post.cookie, 'Content-Length': Buffer.byteLength(post.body) } : {},
      },
      (response) => {
        response.resume()
        response.once('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }))
      },
    )
    request.once('error', reject)
    request.end(post?.body)
  })
}

describe('health and readiness', () => {
  it('GET /api/health answers at once, without a cookie, never cached', async () => {
    const response = await fetch(`${APP_URL}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(response.headers.getSetCookie()).toEqual([])
  })

  it('GET /api/ready says ready when the database answers and every migration is applied', async () => {
    const response = await fetch(`${APP_URL}/api/ready`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ready' })
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(response.headers.getSetCookie()).toEqual([])
  })

  it('echoes a well-formed X-Request-Id and replaces one that is not', async () => {
    const kept = await fetch(`${APP_URL}/api/health`, { headers: { 'X-Request-Id': 'lb-0123456789abcdef' } })
    expect(kept.headers.get('x-request-id')).toBe('lb-0123456789abcdef')
    const replaced = await fetch(`${APP_URL}/api/health`, { headers: { 'X-Request-Id': '{"level":"fatal"} injected' } })
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('a database that stops answering, then a SIGTERM under keep-alive load', () => {
  let relay: Awaited<ReturnType<typeof databaseRelay>>
  let server: Server
  let patient: DiaryPatient

  beforeAll(async () => {
    relay = await databaseRelay(new URL(process.env.DATABASE_URL as string))
    server = await startNextServer({ port: await freePort(), env: { DATABASE_URL: relay.url }, quiet: true })
    patient = await createDiaryPatient(payload, 'Outage Patient')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await relay?.close()
  })

  it('answers 503 with Retry-After (never 401 or 404) while the database is away, and saves again once it is back', async () => {
    expect((await autosave(server.url, patient)).status).toBe(200)
    relay.cut()
    try {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
      const ready = await fetch(`${server.url}/api/ready`)
      expect(ready.status).toBe(503)
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' })

      const during = await autosave(server.url, patient, entry('baseline', 5))
      expect(during.status).toBe(503)
      expect(Number(during.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(during.headers.get('cache-control')).toMatch(/no-store/)
      expect(during.body?.message).toMatch(/kept/)
    } finally {
      relay.restore()
    }

    const retried = entry('baseline', 4)
    let after = await autosave(server.url, patient, retried)
    for (let attempt = 0; after.status !== 200 && attempt < 10; attempt++) {
      await sleep(500)
      after = await autosave(server.url, patient, retried)
    }
    expect(after.status).toBe(200)
    const stored = (await storedEntries(payload, patient.blockAppointmentId)).filter((row) => row.timePointKey === 'baseline')
    expect(stored).toHaveLength(1)
    expect(stored[0].clientId).toBe(retried.clientId)
    // Reachable again (under `npm test -- --push` this server compares migrations that a pushed schema never records).
    expect(await (await fetch(`${server.url}/api/ready`)).json()).not.toEqual({ status: 'unavailable', reason: 'database unreachable' })
  }, 60_000)

  it('finishes the autosaves in flight, closes keep-alive connections and exits within the bound', async () => {
    const patients = await Promise.all([1, 2, 3].map((n) => createDiaryPatient(payload, `Draining Patient ${n}`)))
    const latecomer = await createDiaryPatient(payload, 'Draining Latecomer')
    let stopped = false
    /** Each patient saves again and again on a kept-alive connection; what was acknowledged must be stored. */
    const loops = patients.map(async (who) => {
      const acknowledged: string[] = []
      const sent: string[] = []
      const otherStatuses: number[] = []
      while (!stopped) {
        const answer = entry('baseline', 3)
        sent.push(String(answer.clientId))
        try {
          const saved = await autosave(server.url, who, answer)
          if (saved.status === 200) acknowledged.push(String(answer.clientId))
          else otherStatuses.push(saved.status)
        } catch {
          break // the server has stopped accepting: this is the end of the load
        }
      }
      return { who, acknowledged, sent, otherStatuses }
    })
    await sleep(1_500)
    // On a connection already open, so that the request has surely arrived when the signal does.
    const connection = new http.Agent({ keepAlive: true, maxSockets: 1 })
    await rawRequest(connection, `${server.url}/api/health`)
    const lastAnswer = entry('baseline', 2)
    const inFlight = rawRequest(connection, `${server.url}/api/diaries/${latecomer.blockAppointmentId}/entries`, {
      cookie: latecomer.cookie,
      body: JSON.stringify({ entries: [lastAnswer] }),
    })
    await sleep(20)
    const signalledAt = Date.now()
    const exited = new Promise<number>((resolve) => server.process.once('exit', () => resolve(Date.now() - signalledAt)))
    server.process.kill('SIGTERM')

    const finished = await inFlight
    expect(finished.status).toBe(200)
    const exitedAfterMs = await exited
    stopped = true
    expect(exitedAfterMs).toBeLessThan(10_000)
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow()

    for (const { who, acknowledged, sent, otherStatuses } of await Promise.all(loops)) {
      expect(acknowledged.length).toBeGreaterThan(0)
      expect(otherStatuses).toEqual([])
      const stored = (await storedEntries(payload, who.blockAppointmentId)).filter((row) => row.timePointKey === 'baseline')
      expect(stored).toHaveLength(1)
      // The last answer acknowledged is kept, or one sent after it whose answer the client never read.
      expect(sent.slice(sent.indexOf(acknowledged.at(-1)!))).toContain(stored[0].clientId)
    }
    const latest = await storedEntries(payload, latecomer.blockAppointmentId)
    expect(latest.map((row) => row.clientId)).toEqual([lastAnswer.clientId])
  }, 60_000)
})

/** The server started as `npm run serve` is: npm → sh → cross-env → tsx → node, in a process group of its own. */
async function startThroughNpm(): Promise<{ npm: ChildProcess; url: string }> {
  const port = await freePort()
  const url = `http://localhost:${port}`
  const npm = spawn('npm', ['run', 'serve', '--silent'], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), SERVER_URL: url, NEXT_TELEMETRY_DISABLED: '1' },
  })
  await waitForHttp(`${url}/api/health`, 120_000)
  return { npm, url }
}

describe('stopping what npm started', () => {
  const started: ChildProcess[] = []
  afterAll(() => {
    // Whatever a failed test left behind: the whole group this file started.
    for (const child of started) if (child.pid && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL')
  })

  it.each(['SIGTERM', 'SIGKILL'] as const)('%s to the npm process stops every process under it', async (signal) => {
    const { npm, url } = await startThroughNpm()
    started.push(npm)
    expect((await fetch(`${url}/api/health`)).status).toBe(200)
    npm.kill(signal)
    await untilStopped(url, npm.pid!, 15_000)
  }, 150_000)
})
