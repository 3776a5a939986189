/**
 * The autosave's direct path (collections/Diaries/autosave.ts, served by the production server itself
 * before Next: collections/Diaries/serveAutosave.ts): a live portal session's autosave is answered
 * with four SQL statements and without Next's or Payload's request machinery. These talk HTTP to the
 * production server (scripts/serve.ts) that `npm test` started, and check that the path keeps every
 * rule the full way keeps: the session's idle and absolute limits and sign-out, cross-site requests,
 * another patient's appointment, cancelled and submitted diaries, validation, the body's size and
 * time bounds, the API's security headers and the request id; and that what it declines (signed out,
 * staff, a diary's first answer) reaches the Payload endpoint with its body intact.
 */
import http from 'node:http'
import net from 'node:net'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { clinicTime, createDiaryPatient, diaryApi, diaryOf, entry, storedEntries, type DiaryPatient } from './helpers/diary'
import { APP_URL, request, signInStaff } from './helpers/http'
import { getTestPayload } from './helpers/payload'

let payload: Payload
let pool: { query: (sql: string, values?: unknown[]) => Promise<{ rows: any[] }> }

beforeAll(async () => {
  payload = await getTestPayload()
  pool = (payload.db as unknown as { pool: typeof pool }).pool
})

/** A signed-in patient whose diary has started (the block time is recorded): the fast path's case. */
async function patientWithDiary(name: string): Promise<DiaryPatient> {
  const patient = await createDiaryPatient(payload, name)
  const started = await diaryApi(patient).setBlockTime(patient.blockAppointmentId, clinicTime(patient.blockAt))
  expect(started.status).toBe(200)
  return patient
}

function expectApiHeaders(headers: Headers) {
  expect(headers.get('content-security-policy')).toContain("default-src 'none'")
  expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  expect(headers.get('x-frame-options')).toBe('DENY')
  expect(headers.get('cache-control')).toMatch(/no-store/)
}

async function lastSeenAt(patientId: number): Promise<Date> {
  const { rows } = await pool.query(`SELECT last_seen_at FROM patient_sessions WHERE patient_id = $1 AND revoked_at IS NULL`, [patientId])
  return new Date(rows[0].last_seen_at)
}

describe('the autosave of a live portal session', () => {
  it('saves, and answers with the API’s security headers although proxy.ts skips its route', async () => {
    const patient = await patientWithDiary('Gail Fastpath')
    const saved = await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 6)] })
    expect(saved.status).toBe(200)
    expect(saved.json.diary.status).toBe('in-progress')
    expect(saved.json.entries.map((kept: { nrs: number }) => kept.nrs)).toEqual([6])
    expectApiHeaders(saved.headers)

    const signedOut = await diaryApi({ cookie: '' }).save(patient.blockAppointmentId, { entries: [entry('baseline', 1)] })
    expect(signedOut.status).toBe(401)
    expectApiHeaders(signedOut.headers)
  })

  it('stores nothing once the session is idle, too old, or signed out, nor from a forged cookie', async () => {
    const patient = await patientWithDiary('Hal Expired')
    const api = diaryApi(patient)
    const before = await storedEntries(payload, patient.blockAppointmentId)
    const refused = async (why: string) => {
      const response = await api.save(patient.blockAppointmentId, { entries: [entry('baseline', 9)] })
      expect(response.status, why).toBe(401)
      expect(await storedEntries(payload, patient.blockAppointmentId), why).toEqual(before)
    }

    await pool.query(`UPDATE patient_sessions SET last_seen_at = now() - interval '31 minutes' WHERE patient_id = $1`, [patient.id])
    await refused('idle for 31 minutes')
    await pool.query(`UPDATE patient_sessions SET last_seen_at = now(), created_at = now() - interval '12 hours 1 minute' WHERE patient_id = $1`, [patient.id])
    await refused('signed in 12 hours ago')
    await pool.query(`UPDATE patient_sessions SET created_at = now(), revoked_at = now() WHERE patient_id = $1`, [patient.id])
    await refused('signed out')

    const forged = patient.cookie.replace(/=.{8}/, '=AAAAAAAA')
    const response = await diaryApi({ cookie: forged }).save(patient.blockAppointmentId, { entries: [entry('baseline', 9)] })
    expect(response.status).toBe(401)
    expect(await storedEntries(payload, patient.blockAppointmentId)).toEqual(before)
  })

  it('does not act for the patient on a request another site made the browser send', async () => {
    const patient = await patientWithDiary('Ida Crosssite')
    for (const site of ['cross-site', 'same-site']) {
      const response = await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 3)] }, { 'Sec-Fetch-Site': site })
      expect(response.status, site).toBe(401)
    }
    expect(await storedEntries(payload, patient.blockAppointmentId)).toEqual([])
  })

  it('finds another patient’s appointment missing, and stores nothing there', async () => {
    const [owner, other] = await Promise.all([patientWithDiary('Jo Owner'), patientWithDiary('Kit Other')])
    const response = await diaryApi(other).save(owner.blockAppointmentId, { entries: [entry('baseline', 2)] })
    expect(response.status).toBe(404)
    expect(response.json.message).toBe('That appointment was not found.')
    expect(await storedEntries(payload, owner.blockAppointmentId)).toEqual([])
    expect((await diaryApi(other).save(999_999_999, { entries: [entry('baseline', 2)] })).status).toBe(404)
    expect((await diaryApi(other).save('abc' as never, { entries: [entry('baseline', 2)] })).status).toBe(404)
  })

  it('restarts the session’s idle clock, rewriting its row at most every 30 seconds', async () => {
    const patient = await patientWithDiary('Lee Active')
    await pool.query(`UPDATE patient_sessions SET last_seen_at = now() - interval '5 minutes' WHERE patient_id = $1`, [patient.id])
    expect((await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 4)] })).status).toBe(200)
    const touched = await lastSeenAt(patient.id)
    expect(Date.now() - touched.getTime()).toBeLessThan(60_000)
    expect((await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 5)] })).status).toBe(200)
    expect(await lastSeenAt(patient.id)).toEqual(touched)
  })
})

const MAX_BODY_BYTES = 32 * 1024

function entriesPath(appointmentId: number) {
  return `/api/diaries/${appointmentId}/entries`
}

/** A POST whose body is sent in chunks, with no Content-Length: the size is known only while reading. */
function postChunked(path: string, headers: Record<string, string>, chunks: string[]): Promise<{ status: number; body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(`${APP_URL}${path}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' } }, (response) => {
      let body = ''
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, connection: response.headers.connection }))
    })
    // The server may answer and close before every chunk is written: that is the point.
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)))
    for (const chunk of chunks) outgoing.write(chunk)
    outgoing.end()
  })
}

describe('the rules of the direct path, over HTTP to the production server', () => {
  it('echoes the request id it was sent, and makes one when none is', async () => {
    const patient = await patientWithDiary('Mo Requestid')
    const requestId = 'autosave-test-0123456789'
    const saved = await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 5)] }, { 'X-Request-Id': requestId })
    expect(saved.status).toBe(200)
    expect(saved.headers.get('x-request-id')).toBe(requestId)
    expectApiHeaders(saved.headers)
    const other = await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 5)] }, { 'X-Request-Id': 'bad id <script>' })
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('refuses a cancelled appointment’s diary (409) and stores nothing', async () => {
    const patient = await patientWithDiary('Ned Cancelled')
    await payload.update({ collection: 'appointments', id: patient.blockAppointmentId, data: { status: 'cancelled' } })
    const response = await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 7)] })
    expect(response.status).toBe(409)
    expect(response.json.message).toBe('This appointment was cancelled, so it has no diary.')
    expectApiHeaders(response.headers)
    expect(await storedEntries(payload, patient.blockAppointmentId)).toEqual([])
  })

  it('refuses a submitted diary (409) and keeps what was submitted', async () => {
    const patient = await patientWithDiary('Ola Submitted')
    expect((await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 3)] })).status).toBe(200)
    expect((await diaryApi(patient).submit(patient.blockAppointmentId)).status).toBe(200)
    const response = await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 8)] })
    expect(response.status).toBe(409)
    expect(response.json.message).toBe('This diary has been submitted, so it can no longer change.')
    expect((await storedEntries(payload, patient.blockAppointmentId)).map((kept) => kept.nrs)).toEqual([3])
  })

  it('answers a bad body 422 (or 400, 415) with a message, and stores nothing', async () => {
    const patient = await patientWithDiary('Pat Badbody')
    const api = diaryApi(patient)
    const outOfRange = await api.save(patient.blockAppointmentId, { entries: [entry('baseline', 11)] })
    expect(outOfRange.status).toBe(422)
    expect(outOfRange.json.message).toEqual(expect.any(String))
    expect(outOfRange.json.errors.length).toBeGreaterThan(0)
    const unknownPoint = await api.save(patient.blockAppointmentId, { entries: [entry('no-such-point', 4)] })
    expect(unknownPoint.status).toBe(422)
    expect(unknownPoint.json.unknownTimePointKeys).toEqual(['no-such-point'])
    const malformed = await api.save(patient.blockAppointmentId, '{"entries": [')
    expect(malformed.status).toBe(400)
    expect(malformed.json.message).toBe('The request body is not valid JSON.')
    const notJson = await request(entriesPath(patient.blockAppointmentId), {
      method: 'POST',
      body: 'entries=1',
      headers: { Cookie: patient.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(notJson.status).toBe(415)
    expectApiHeaders(notJson.headers)
    expect(await storedEntries(payload, patient.blockAppointmentId)).toEqual([])
  })

  it('refuses a body over the endpoint’s bound (413), whether its length is declared or not, and stores nothing', async () => {
    const patient = await patientWithDiary('Quin Oversized')
    const padding = 'x'.repeat(MAX_BODY_BYTES)
    const declared = await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 2, { activity: padding })] })
    expect(declared.status).toBe(413)
    expect(declared.json.message).toMatch(/larger than 32 KB/)
    expectApiHeaders(declared.headers)

    const body = JSON.stringify({ entries: [entry('baseline', 2, { activity: padding })] })
    const chunks = body.match(/[\s\S]{1,4096}/g) ?? []
    const streamed = await postChunked(entriesPath(patient.blockAppointmentId), { Cookie: patient.cookie }, chunks)
    expect(streamed.status).toBe(413)
    // The rest of the body is never read: the connection ends with this answer.
    expect(streamed.connection).toBe('close')
    expect(await storedEntries(payload, patient.blockAppointmentId)).toEqual([])
  })

  it('answers 408 and closes the connection when the body stops arriving', async () => {
    const patient = await patientWithDiary('Rae Stalled')
    const { hostname, port } = new URL(APP_URL)
    const socket = net.connect(Number(port), hostname)
    const reply = new Promise<string>((resolve) => {
      let text = ''
      socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
      socket.on('close', () => resolve(text))
    })
    socket.write(
      [
        `POST ${entriesPath(patient.blockAppointmentId)} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        `Cookie: ${patient.cookie}`,
        'Content-Type: application/json',
        'Content-Length: 200',
        '',
        '{"entries": [',
      ].join('\r\n'),
    )
    const text = await reply
    expect(text).toMatch(/^HTTP\/1\.1 408/)
    expect(text).toMatch(/took too long/)
    expect(await storedEntries(payload, patient.blockAppointmentId)).toEqual([])
  }, 30_000)

  it('leaves what it declines to the Payload endpoint with the body intact: a diary’s first answer, staff, the signed-out', async () => {
    const patient = await createDiaryPatient(payload, 'Sam Firstanswer')
    expect(await diaryOf(payload, patient.blockAppointmentId)).toBeNull()
    const first = await diaryApi(patient).save(patient.blockAppointmentId, { entries: [entry('baseline', 4)] })
    expect(first.status).toBe(200)
    expect(first.json.entries.map((kept: { nrs: number }) => kept.nrs)).toEqual([4])
    expectApiHeaders(first.headers)

    const staff = await request(entriesPath(patient.blockAppointmentId), { method: 'POST', token: await signInStaff('specialist'), body: { entries: [entry('baseline', 9)] } })
    expect(staff.status).toBe(403)
    expectApiHeaders(staff.headers)

    const signedOut = await request(entriesPath(patient.blockAppointmentId), { method: 'POST', body: { entries: [entry('baseline', 9)] } })
    expect(signedOut.status).toBe(401)
    expect(signedOut.json.message).toMatch(/session has ended/i)
    expect((await storedEntries(payload, patient.blockAppointmentId)).map((kept) => kept.nrs)).toEqual([4])
  })
})
