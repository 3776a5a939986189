/**
 * The database fails again and again while patients autosave, as the portal does it: each answer is
 * sent until the server takes it (a 503 is retried, the same answer with the same id). The server
 * under test reaches PostgreSQL through a relay this file cuts (the database is gone: connections
 * drop, new ones are refused); its own sessions are also killed with pg_terminate_backend, and the
 * diary table is locked past the app's lock timeout. Every answer is 200, or 503 with Retry-After
 * (never 401 or 404); every answer acknowledged is stored, none twice; the server recovers without a
 * restart; and its log says one JSON line per failure with no answers and no session ids in it.
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/scripts/lib/database'
import { startNextServer, type Server } from '@/scripts/lib/processes'
import { databaseRelay } from './helpers/databaseRelay'
import { clinicTime, createDiaryPatient, diaryApi, entry, storedEntries, type DiaryPatient } from './helpers/diary'
import { getTestPayload, uniqueSuffix } from './helpers/payload'

const PATIENTS = 6
/** Time points already due for a block 4 hours ago; each patient answers them in turn, again and again. */
const KEYS = ['baseline', '15-minutes', '30-minutes', '1-hour', '2-hours', '3-hours']
/** How long one answer may go unacknowledged before the test calls it stuck (the longest fault is 4.5 s). */
const STUCK_AFTER_MS = 30_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let payload: Payload
let relay: Awaited<ReturnType<typeof databaseRelay>>
let server: Server
let patients: DiaryPatient[]
const log: string[] = []
let partial = ''

function collectLog(text: string) {
  const lines = (partial + text).split('\n')
  partial = lines.pop() ?? ''
  log.push(...lines.filter(Boolean))
}

beforeAll(async () => {
  payload = await getTestPayload()
  relay = await databaseRelay(new URL(process.env.DATABASE_URL as string))
  server = await startNextServer({ port: await freePort(), env: { DATABASE_URL: relay.url }, onOutput: collectLog })
  patients = await Promise.all(Array.from({ length: PATIENTS }, (_, n) => createDiaryPatient(payload, `Fault Patient ${n + 1}`, { hoursAgo: 4 })))
  // The questions after the block need its time first, as the patient records it when leaving.
  for (const patient of patients) expect((await diaryApi(patient).setBlockTime(patient.blockAppointmentId, clinicTime(patient.blockAt))).status).toBe(200)
}, 180_000)

afterAll(async () => {
  await server?.stop()
  await relay?.close()
})

type Tally = { requests: number; unavailable: number; unexpected: string[]; acknowledged: Map<string, string>; sent: Map<string, string[]> }

/** One patient's portal: answer after answer, each sent until it is acknowledged, until `running()` says stop. */
async function autosaveLoop(patient: DiaryPatient, marker: string, running: () => boolean): Promise<Tally> {
  const tally: Tally = { requests: 0, unavailable: 0, unexpected: [], acknowledged: new Map(), sent: new Map() }
  for (let n = 0; running(); n++) {
    const key = KEYS[n % KEYS.length]
    const answer = entry(key, n % 11, { activity: `Reaching the top shelf ${marker}` })
    const clientId = String(answer.clientId)
    tally.sent.set(key, [...(tally.sent.get(key) ?? []), clientId])
    const since = Date.now()
    for (;;) {
      tally.requests++
      const response = await fetch(`${server.url}/api/diaries/${patient.blockAppointmentId}/entries`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: patient.cookie },
        body: JSON.stringify({ entries: [answer] }),
      }).catch((error: Error) => error)
      if (response instanceof Error) {
        tally.unexpected.push(`network: ${response.message}`)
        return tally
      }
      await response.arrayBuffer()
      if (response.status === 200) {
        tally.acknowledged.set(key, clientId)
        break
      }
      if (response.status !== 503 || !(Number(response.headers.get('retry-after')) > 0)) {
        tally.unexpected.push(`${response.status} retry-after=${response.headers.get('retry-after')}`)
        return tally
      }
      tally.unavailable++
      if (Date.now() - since > STUCK_AFTER_MS) {
        tally.unexpected.push(`still 503 after ${STUCK_AFTER_MS / 1000}s`)
        return tally
      }
      // The portal waits longer (Retry-After, 2 s and up); a shorter pause makes more requests meet the fault.
      await sleep(200)
    }
  }
  return tally
}

/** Ends the server's database sessions (those that came through the relay) from the server side. */
async function terminateServerSessions(): Promise<number> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_ADMIN_URL })
  await admin.connect()
  try {
    const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE client_port = ANY($1::int[])', [relay.upstreamPorts()])
    return rowCount ?? 0
  } finally {
    await admin.end()
  }
}

/** Holds the diary answers' table past the app's 3 s lock timeout. */
async function lockDiaryEntries(forMs: number): Promise<void> {
  const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL })
  await owner.connect()
  try {
    await owner.query('BEGIN')
    await owner.query('LOCK TABLE diary_entries IN ACCESS EXCLUSIVE MODE')
    await sleep(forMs)
    await owner.query('COMMIT')
  } finally {
    await owner.end()
  }
}

describe('a database that fails under autosave load', () => {
  it('answers 200 or 503 with Retry-After, loses and doubles nothing, recovers alone, and logs one clean line per failure', async () => {
    const marker = `marker-${uniqueSuffix()}`
    let running = true
    const loops = patients.map((patient) => autosaveLoop(patient, marker, () => running))
    await sleep(1_500)
    const faultsFrom = log.length

    for (let round = 0; round < 3; round++) {
      relay.cut()
      await sleep(3_000)
      relay.restore()
      await sleep(1_500)
    }
    let terminated = 0
    for (let round = 0; round < 3; round++) {
      terminated += await terminateServerSessions()
      await sleep(700)
    }
    await lockDiaryEntries(4_500)
    await sleep(1_500)
    running = false
    const tallies = await Promise.all(loops)
    const faultLog = log.slice(faultsFrom)

    const requests = tallies.reduce((sum, tally) => sum + tally.requests, 0)
    const unavailable = tallies.reduce((sum, tally) => sum + tally.unavailable, 0)
    console.log(`database fault: ${requests} autosaves from ${PATIENTS} patients, ${unavailable} answered 503, ${terminated} sessions terminated, ${faultLog.length} log lines`)

    // What the patient's page sees: a pause, never "signed out" or "not found".
    expect(tallies.flatMap((tally) => tally.unexpected)).toEqual([])
    expect(unavailable).toBeGreaterThan(0)
    expect(terminated).toBeGreaterThan(0)

    // Every acknowledged answer is stored, exactly once per time point (the last one sent for it).
    for (const [index, tally] of tallies.entries()) {
      const stored = await storedEntries(payload, patients[index].blockAppointmentId)
      expect(stored.map((row) => row.timePointKey).sort()).toEqual([...tally.sent.keys()].sort())
      for (const row of stored) expect(row.clientId).toBe(tally.acknowledged.get(row.timePointKey))
    }

    // Recovered without a restart.
    const after = await fetch(`${server.url}/api/diaries/${patients[0].blockAppointmentId}/entries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: patients[0].cookie },
      body: JSON.stringify({ entries: [entry('baseline', 3)] }),
    })
    expect(after.status).toBe(200)

    // The log: JSON lines only (no stack traces), no answers, no session ids, at most one line per failed request.
    const sessionValues = patients
      .flatMap((patient) => patient.cookie.split(/;\s*/).map((pair) => pair.slice(pair.indexOf('=') + 1)))
      .filter((value) => value.length >= 16)
    const { docs: sessions } = await payload.find({ collection: 'patient-sessions', where: { patient: { in: patients.map((patient) => patient.id) } }, pagination: false, depth: 0 })
    sessionValues.push(...sessions.map((session) => session.sid))
    expect(sessionValues.length).toBeGreaterThanOrEqual(2 * PATIENTS)
    for (const line of faultLog) {
      expect(() => JSON.parse(line), line.slice(0, 200)).not.toThrow()
      expect(line).not.toContain(marker)
      // No query text or values either (drizzle's error message carries both).
      expect(line).not.toMatch(/"nrs"|Reaching the top shelf|Failed query|params:/)
      for (const value of sessionValues) expect(line).not.toContain(value)
    }
    type Line = { level?: string | number; msg?: string; requestId?: string; err?: { code?: string } }
    const problems = faultLog.map((line) => JSON.parse(line) as Line).filter((line) => ['warn', 'error', 'fatal', 40, 50, 60].includes(line.level ?? ''))
    const byMessage = new Map<string, number>()
    for (const { msg, err } of problems) {
      const what = `${msg ?? ''}${err?.code ? ` (${err.code})` : ''}`
      byMessage.set(what, (byMessage.get(what) ?? 0) + 1)
    }
    console.log(`database fault: log lines at warn or above, by message: ${JSON.stringify([...byMessage])}`)
    // One line per failed request (by its request id) ...
    const linesPerRequest = new Map<string, number>()
    // A pooled connection's break is reported where it happens, which may be inside some request's context: not that request's failure.
    const requestFailures = problems.filter((line) => !line.msg?.startsWith('an idle database connection broke'))
    for (const { requestId } of requestFailures) if (requestId) linesPerRequest.set(requestId, (linesPerRequest.get(requestId) ?? 0) + 1)
    expect(Math.max(0, ...linesPerRequest.values())).toBeLessThanOrEqual(1)
    expect(linesPerRequest.size).toBeLessThanOrEqual(unavailable)
    // ... and otherwise about one per pooled connection that broke (at most the pool's 10 per fault).
    const outsideRequests = problems.filter((line) => !line.requestId || !requestFailures.includes(line))
    expect(outsideRequests.length).toBeLessThanOrEqual(10 * 6)
  }, 120_000)
})
