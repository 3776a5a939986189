/**
 * The autosave's fast path (collections/Diaries/autosave.ts): a live portal session's autosave is
 * answered with four SQL statements and without Payload's request machinery, and proxy.ts skips its
 * route. These check that it keeps every rule the full way keeps: the session's idle and absolute
 * limits and sign-out, cross-site requests, the API's security headers, and the idle clock.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { clinicTime, createDiaryPatient, diaryApi, entry, storedEntries, type DiaryPatient } from './helpers/diary'
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
