/**
 * `npm run bench:diary`: pain diary autosave under load. Seeds 50 patients with a block given three
 * hours ago, signs each in through the portal's real sign-in, records their block time, then has
 * 50 connections autosave answers (POST /api/diaries/:appointmentId/entries) against the
 * production server for BENCH_SECONDS, each request for the next patient in turn. In the same run,
 * the same load goes to the floor (bench/floor-server.ts: a bare node:http + pg handler doing the same
 * database work on the same database), and the ratios app / floor are printed.
 *
 * BENCH_PROFILE=<dir> starts the production server with `node --cpu-prof`: its .cpuprofile lands in
 * <dir> when the benchmark stops it (open it in Chrome DevTools, or summarise it with
 * `tsx bench/profile-summary.ts <file>`).
 */
import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type autocannon from 'autocannon'

import { DEFAULT_TIME_POINTS } from '../lib/diary'
import { timeOfDay } from '../lib/dates'
import { totpCodeAt } from '../lib/second-factor'
import { freePort } from '../scripts/lib/database'
import { startServerScript } from '../scripts/lib/processes'
import { formatRow, measureLoad, TABLE_HEADER, type LoadResult } from './lib/load'
import { startBenchStack } from './lib/stack'

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 50)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? PATIENTS)
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const PASSWORD = 'bench patient password 2026'
const KEYS = DEFAULT_TIME_POINTS.map((point) => point.key)
const PROFILE_DIR = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : null

type BenchPatient = { cookie: string; appointmentId: number }

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0])
}

async function expectOk(response: Response, what: string): Promise<any> {
  if (!response.ok) throw new Error(`${what} failed: ${response.status} ${await response.text()}`)
  return response.json()
}

async function staffToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@harbourspine.example', password: process.env.DEMO_PASSWORD }),
  })
  const { token } = await expectOk(response, 'Admin sign-in')
  // Staff sessions open nothing until the second step: the demo staff's authenticator code.
  const code = await totpCodeAt(process.env.DEMO_TOTP_SECRET as string)
  await expectOk(
    await fetch(`${baseUrl}/api/users/second-factor/verify`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ code }),
    }),
    'Admin second step',
  )
  return token
}

/** The portal's sign-in: next-auth's CSRF token, then its credentials callback. Returns the session cookie. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookiesOf(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: 'true', callbackUrl: `${baseUrl}/portal` }),
  })
  const session = cookiesOf(response).find((cookie) => cookie.startsWith('next-auth.session-token='))
  if (!session) throw new Error(`Could not sign ${email} in`)
  return session
}

async function createPatient(baseUrl: string, token: string, procedureId: number, index: number) {
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
  const email = `bench-${index}-${Date.now().toString(36)}@example.com`
  const patient = await expectOk(
    await fetch(`${baseUrl}/api/patients`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email, password: PASSWORD, fullName: `Bench Patient ${index}`, dateOfBirth: '1970-01-01' }),
    }),
    'Creating a patient',
  )
  const blockAt = new Date(Date.now() - 3 * 3600_000)
  const appointment = await expectOk(
    await fetch(`${baseUrl}/api/appointments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        patient: patient.doc.id,
        procedure: procedureId,
        scheduledAt: blockAt.toISOString(),
        side: 'both',
        levels: 'L4-L5',
        blockNumber: 1,
        agent: 'lidocaine',
        status: 'scheduled',
      }),
    }),
    'Creating an appointment',
  )
  return { email, blockAt, appointmentId: appointment.doc.id as number }
}

/** The patient signs in and records the time of the block, as they would when leaving the clinic. */
async function startDiary(baseUrl: string, patient: Awaited<ReturnType<typeof createPatient>>): Promise<BenchPatient> {
  const cookie = await signIn(baseUrl, patient.email)
  // The block time is a wall-clock time in the clinic's zone (site settings).
  const settings = (await expectOk(await fetch(`${baseUrl}/api/globals/site-settings?depth=0`), 'Reading the site settings')) as { timeZone: string }
  await expectOk(
    await fetch(`${baseUrl}/api/diaries/${patient.appointmentId}/block-time`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ time: timeOfDay(patient.blockAt, settings.timeZone) }),
    }),
    'Recording the block time',
  )
  return { cookie, appointmentId: patient.appointmentId }
}

async function seedPatients(baseUrl: string): Promise<BenchPatient[]> {
  const token = await staffToken(baseUrl)
  const procedures = await expectOk(await fetch(`${baseUrl}/api/procedures?where[slug][equals]=medial-branch-block`), 'Finding the procedure')
  // Staff writes one at a time (seeding is not what is measured); then the patients, ten at a time.
  const created = []
  for (let index = 0; index < PATIENTS; index++) created.push(await createPatient(baseUrl, token, procedures.docs[0].id, index))
  const patients: BenchPatient[] = []
  for (let start = 0; start < created.length; start += 10) {
    patients.push(...(await Promise.all(created.slice(start, start + 10).map((patient) => startDiary(baseUrl, patient)))))
  }
  return patients
}

/** Each request autosaves `answersPerRequest` fresh answers for the next patient in turn. */
function autosaveRequests(patients: BenchPatient[], answersPerRequest: number): autocannon.Request[] {
  let sent = 0
  return [
    {
      method: 'POST',
      setupRequest: (request) => {
        const patient = patients[sent % patients.length]
        const entries = Array.from({ length: answersPerRequest }, (_, offset) => ({
          timePointKey: KEYS[(sent + offset) % KEYS.length],
          nrs: (sent + offset) % 11,
          reliefPercent: ((sent + offset) * 10) % 101,
          activity: 'Standing up from a chair',
          clientId: randomUUID(),
          answeredAt: new Date().toISOString(),
        }))
        sent += 1
        return {
          ...request,
          path: `/api/diaries/${patient.appointmentId}/entries`,
          headers: { 'Content-Type': 'application/json', Cookie: patient.cookie },
          body: JSON.stringify({ entries }),
        }
      },
    },
  ]
}

/** When the app was under load, on the CPU profile's clock (bench/profile-summary.ts counts only these). */
const loadWindows: { label: string; startUs: number; endUs: number }[] = []
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n)

async function timed<T>(label: string, measure: () => Promise<T>): Promise<T> {
  const startUs = monotonicUs()
  const result = await measure()
  loadWindows.push({ label, startUs, endUs: monotonicUs() })
  return result
}

function ratios(app: LoadResult, floor: LoadResult): string {
  return `app / floor: throughput ${(app.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}, p95 ${(app.p95Ms / floor.p95Ms).toFixed(2)}x`
}

const stack = await startBenchStack({ nodeFlags: PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [] })
try {
  const baseUrl = stack.server.url
  const floor = await startServerScript({ script: 'bench/floor-server.ts', port: await freePort(), env: stack.env, quiet: true })
  try {
    const patients = await seedPatients(baseUrl)
    const run = (url: string, answersPerRequest: number, durationSeconds = DURATION) =>
      measureLoad({ url, connections: CONNECTIONS, durationSeconds, method: 'POST', requests: autosaveRequests(patients, answersPerRequest) })

    // Warm-up for both; then each load on the app and at once on the floor, one after the other.
    await run(baseUrl, 1, 2)
    await run(floor.url, 1, 2)
    const single = await timed('1 answer per request', () => run(baseUrl, 1))
    const singleFloor = await run(floor.url, 1)
    const catchUp = await timed('5 answers per request', () => run(baseUrl, 5))
    const catchUpFloor = await run(floor.url, 5)

    console.log(`\nPain diary autosave, ${patients.length} signed-in patients, ${CONNECTIONS} connections, ${DURATION}s each\n`)
    console.log(TABLE_HEADER)
    console.log(formatRow('app, 1 answer per request', single))
    console.log(formatRow('floor, 1 answer per request', singleFloor))
    console.log(formatRow('app, 5 answers (catch-up)', catchUp))
    console.log(formatRow('floor, 5 answers (catch-up)', catchUpFloor))
    console.log(`\n1 answer per request, ${ratios(single, singleFloor)}`)
    console.log(`5 answers per request, ${ratios(catchUp, catchUpFloor)}`)
    console.log(
      `\nanswers saved per second by the app: ${(single.requestsPerSecond * 1).toFixed(0)} (1 per request), ` +
        `${(catchUp.requestsPerSecond * 5).toFixed(0)} (5 per request)\n`,
    )
  } finally {
    await floor.stop()
  }
} finally {
  await stack.stop()
  if (PROFILE_DIR) {
    writeFileSync(path.join(PROFILE_DIR, 'load-windows.json'), JSON.stringify(loadWindows))
    console.log(`CPU profile of the production server in ${PROFILE_DIR}; the app's time under load:`)
    console.log(`  npx tsx bench/profile-summary.ts ${PROFILE_DIR}/<file>.cpuprofile 30 ${PROFILE_DIR}/load-windows.json`)
  }
}
