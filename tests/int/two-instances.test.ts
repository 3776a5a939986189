/**
 * Two production instances of the same build on one database, as behind a load balancer: A is the
 * server `npm test` started, B is started here from the same build as its own process on a free port,
 * with the job queue running as on every instance. When the harness found Redis (REDIS_URL, under a key
 * prefix of this run alone) both share Next's page cache there; without it the cases that need a
 * shared cache are skipped, saying why.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/scripts/lib/database'
import { startNextServer, type Server } from '@/scripts/lib/processes'
import { submissionFor } from './helpers/consent'
import { createDiaryPatient, entry, storedEntries, type DiaryPatient } from './helpers/diary'
import { APP_URL, signInStaff } from './helpers/http'
import { mailTo } from './helpers/outbox'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD } from './helpers/patients'
import { getTestPayload, uniqueSuffix } from './helpers/payload'

const withRedis = Boolean(process.env.REDIS_URL)
if (!withRedis) console.warn('two-instances: no Redis answered when the tests started; skipping the shared page cache cases (start redis-server or set REDIS_URL).')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let payload: Payload
const a = { url: APP_URL }
let b: Server
// Each test needs its own address, so that one test's failed sign-ins never limit another's.
const runOctet = Math.floor(Math.random() * 250) + 1
let addressesUsed = 0
const uniqueIp = () => `10.${runOctet}.${200 + Math.floor(++addressesUsed / 250)}.${(addressesUsed % 250) + 1}`

beforeAll(async () => {
  payload = await getTestPayload()
  // Same database, build, secrets and Redis prefix as A (inherited); B polls the job queue as A does.
  b = await startNextServer({ port: await freePort(), env: { PAYLOAD_DISABLE_JOBS: 'false' }, quiet: true })
}, 180_000)

afterAll(async () => {
  await b?.stop()
})

/** A published condition page, rendered once on B and then served from B's cache (a HIT). */
async function conditionCachedOnB(summary: string) {
  const slug = `two-instances-${uniqueSuffix()}`
  const { docs } = await payload.find({ collection: 'conditions', where: { slug: { equals: 'facet-joint-disease' } }, limit: 1, depth: 0 })
  const condition = await payload.create({
    collection: 'conditions',
    data: {
      slug,
      title: 'Two instances condition',
      summary,
      sections: (docs[0].sections ?? []).map(({ heading, kind, body }) => ({ heading, kind, body })),
      _status: 'published',
    },
  })
  const path = `/conditions/${slug}`
  expect(await fetch(`${b.url}${path}`).then((response) => response.text())).toContain(summary)
  const cached = await fetch(`${b.url}${path}`)
  expect(await cached.text()).toContain(summary)
  expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
  return { condition, path }
}

/** Asks B for `path` until `done` holds or `withinMs` has passed; the time it took, or null. */
async function untilB(path: string, done: (response: { status: number; html: string }) => boolean, withinMs: number, since = Date.now()): Promise<number | null> {
  while (Date.now() - since < withinMs) {
    const response = await fetch(`${b.url}${path}`)
    if (done({ status: response.status, html: await response.text() })) return Date.now() - since
    await sleep(50)
  }
  return null
}

async function autosave(baseUrl: string, patient: Pick<DiaryPatient, 'cookie' | 'blockAppointmentId'>, answer = entry('baseline', 6)) {
  const response = await fetch(`${baseUrl}/api/diaries/${patient.blockAppointmentId}/entries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: patient.cookie },
    body: JSON.stringify({ entries: [answer] }),
  })
  await response.arrayBuffer()
  return { status: response.status, answer }
}

describe('two instances on one database', () => {
  it('a patient signed in on A autosaves on B', async () => {
    const patient = await createDiaryPatient(payload, 'Two Instances Patient')
    const onA = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip: uniqueIp(), baseUrl: a.url })
    expect(onA.ok).toBe(true)
    const saved = await autosave(b.url, { cookie: onA.cookie, blockAppointmentId: patient.blockAppointmentId })
    expect(saved.status).toBe(200)
    const stored = await storedEntries(payload, patient.blockAppointmentId)
    expect(stored.map((row) => row.clientId)).toEqual([saved.answer.clientId])
  })

  it('counts failed sign-ins per address and per account across both instances', async () => {
    const patient = await createTestPatient(payload, 'Two Instances Limits')
    // Per address: 10 failures, alternating A and B, block the 11th attempt on either.
    const ip = uniqueIp()
    for (let attempt = 0; attempt < 10; attempt++) {
      await signInPatient(`unknown-${uniqueSuffix()}@example.com`, 'nope-nope-nope', { ip, baseUrl: attempt % 2 === 0 ? a.url : b.url })
    }
    for (const server of [a, b]) {
      const blocked = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip, baseUrl: server.url })
      expect(blocked.error).toBe('TooManyAttempts')
    }
    // Per account: 5 wrong passwords, alternating, lock it on both (each from a fresh address).
    for (let attempt = 0; attempt < 5; attempt++) {
      await signInPatient(patient.email, `wrong-${attempt}`, { ip: uniqueIp(), baseUrl: attempt % 2 === 0 ? a.url : b.url })
    }
    for (const server of [a, b]) {
      const locked = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip: uniqueIp(), baseUrl: server.url })
      expect(locked.ok).toBe(false)
      expect(locked.error).toBe('CredentialsSignin')
    }
  })

  it.skipIf(!withRedis)('an editor publishes and unpublishes on A; B serves each within 2 s (shared cache in Redis)', async () => {
    const { condition, path } = await conditionCachedOnB('The first published summary.')
    const token = await signInStaff('editor')
    const patch = (body: unknown) =>
      fetch(`${a.url}/api/conditions/${condition.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify(body) })

    const marker = `Summary published on A ${uniqueSuffix()}`
    expect((await patch({ summary: marker, _status: 'published' })).status).toBe(200)
    const published = await untilB(path, ({ html }) => html.includes(marker), 2_000)
    console.log(`two-instances: B served the text published on A after ${published} ms`)
    expect(published).not.toBeNull()

    expect((await patch({ _status: 'draft' })).status).toBe(200)
    const unpublished = await untilB(path, ({ status }) => status === 404, 2_000)
    console.log(`two-instances: B answered 404 for the page unpublished on A after ${unpublished} ms`)
    expect(unpublished).not.toBeNull()
  })

  it('a consent signed on A downloads from B', async () => {
    const patient = await createTestPatient(payload, 'Two Instances Consent')
    const onA = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip: uniqueIp(), baseUrl: a.url })
    const signed = await fetch(`${a.url}/api/consents/sign`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: onA.cookie },
      body: JSON.stringify(await submissionFor(payload, patient)),
    })
    expect(signed.status).toBe(201)
    const { consent } = (await signed.json()) as { consent: { pdfUrl: string } }
    const file = await fetch(`${b.url}${new URL(consent.pdfUrl, a.url).pathname}`, { headers: { Cookie: onA.cookie } })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/application\/pdf/)
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('sends a due reminder once although both instances run the job queue at the same moment', async () => {
    const patient = await createDiaryPatient(payload, 'Two Instances Reminder')
    const diary = await payload.create({ collection: 'diaries', data: { appointment: patient.blockAppointmentId, blockTime: patient.blockAt.toISOString() } as never })
    const { docs: reminders } = await payload.find({ collection: 'diary-reminders', where: { diary: { equals: diary.id } }, sort: 'sendAt', pagination: false, depth: 0 })
    expect(reminders.length).toBeGreaterThan(0)
    const reminder = reminders.find((candidate) => candidate.status === 'queued') ?? reminders[0]
    // Make this one reminder due now: its planned time and its job's start both a minute ago.
    const dueAt = new Date(Date.now() - 60_000).toISOString()
    await payload.update({ collection: 'diary-reminders', id: reminder.id, data: { sendAt: dueAt, status: 'queued' } as never })
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'diaryReminder' } }, pagination: false, depth: 0 })
    const job = jobs.find((candidate) => (candidate.input as { reminderId?: number }).reminderId === reminder.id)
    expect(job).toBeDefined()
    await payload.update({ collection: 'payload-jobs', id: job!.id, data: { waitUntil: dueAt } })

    const token = await signInStaff('admin')
    const runQueue = (server: { url: string }) => fetch(`${server.url}/api/payload-jobs/run?queue=default`, { headers: { Authorization: `JWT ${token}` } }).then((response) => response.status)
    // Both instances poll at the same moment. What is asserted is the outcome: one reminder, once.
    // (Two runs at once on the same instance once answered 500 here: Payload's runner, not the claim.)
    const statuses = await Promise.all([runQueue(a), runQueue(b)])
    console.log(`two-instances: the two queue runs answered ${statuses.join(' and ')}`)

    const after = await payload.findByID({ collection: 'diary-reminders', id: reminder.id, depth: 0 })
    expect(after.status).toBe('sent')
    expect(mailTo(patient.email).filter((mail) => mail.subject === 'Time to fill in your diary')).toHaveLength(1)
  })

  it('stopping B during a burst of autosaves loses no acknowledged answer and stores none twice', async () => {
    const patients = await Promise.all([1, 2, 3, 4].map((n) => createDiaryPatient(payload, `Two Instances Burst ${n}`)))
    let stopped = false
    const loops = patients.map(async (patient) => {
      const acknowledged: string[] = []
      const sent: string[] = []
      const otherStatuses: number[] = []
      while (!stopped) {
        const answer = entry('baseline', 4)
        sent.push(String(answer.clientId))
        try {
          const saved = await autosave(b.url, patient, answer)
          if (saved.status === 200) acknowledged.push(String(answer.clientId))
          else otherStatuses.push(saved.status)
        } catch {
          break // B has stopped accepting connections: the end of this patient's burst
        }
      }
      return { patient, acknowledged, sent, otherStatuses }
    })
    await sleep(1_000)
    const exited = new Promise<number | null>((resolve) => b.process.once('exit', (code) => resolve(code)))
    b.process.kill('SIGTERM')
    expect(await exited).toBe(0)
    stopped = true
    for (const { patient, acknowledged, sent, otherStatuses } of await Promise.all(loops)) {
      expect(acknowledged.length).toBeGreaterThan(0)
      expect(otherStatuses).toEqual([])
      // One row for the time point: the last answer acknowledged, or one sent after it whose answer never arrived.
      const stored = (await storedEntries(payload, patient.blockAppointmentId)).filter((row) => row.timePointKey === 'baseline')
      expect(stored).toHaveLength(1)
      expect(sent.slice(sent.indexOf(acknowledged.at(-1)!))).toContain(stored[0].clientId)
      // The patient carries on at A.
      const next = entry('baseline', 3)
      expect((await autosave(a.url, patient, next)).status).toBe(200)
    }
  }, 60_000)
})
