import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { clinicTime, createDiaryPatient, diaryApi, diaryOf, entry, storedEntries, type DiaryPatient } from './helpers/diary'
import { request, signInStaff } from './helpers/http'
import { mailTo } from './helpers/outbox'
import { getTestPayload } from './helpers/payload'
import { relationId } from '@/lib/relations'

let payload: Payload
let alice: DiaryPatient
let bob: DiaryPatient
let specialistToken: string
let editorToken: string

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

/** These tests run at any hour: their patients chose no quiet hours, so a reminder due now goes now. */
async function withoutQuietHours(patientId: number) {
  const now = new Date().toISOString()
  await payload.update({
    collection: 'patients',
    id: patientId,
    data: { reminders: { chosenAt: now, emailConsentedAt: now, quietHoursStart: '00:00', quietHoursEnd: '00:00', wakeTime: '00:00' } },
  })
}

async function remindersOf(diaryId: number) {
  const { docs } = await payload.find({ collection: 'diary-reminders', where: { diary: { equals: diaryId } }, sort: 'sendAt', pagination: false, depth: 0 })
  return docs.filter((reminder) => reminder.status !== 'cancelled')
}

async function jobOf(reminderId: number) {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'diaryReminder' } }, pagination: false, depth: 0 })
  return docs.find((job) => (job.input as { reminderId?: number })?.reminderId === reminderId)
}

/** Runs `attempt` and checks that it changed none of the appointment's stored answers. */
async function expectNothingStored(appointmentId: number, attempt: () => Promise<{ status: number; json: any }>, status: number, message: RegExp) {
  const before = await storedEntries(payload, appointmentId)
  const response = await attempt()
  expect(response.status).toBe(status)
  expect(response.json?.message).toMatch(message)
  expect(await storedEntries(payload, appointmentId)).toEqual(before)
}

beforeAll(async () => {
  payload = await getTestPayload()
  ;[alice, bob] = await Promise.all([createDiaryPatient(payload, 'Alice Diarist'), createDiaryPatient(payload, 'Bob Other')])
  ;[specialistToken, editorToken] = await Promise.all([signInStaff('specialist'), signInStaff('editor')])
})

describe('the block time', () => {
  it('is refused when it is not a time of day, or still to come', async () => {
    const api = diaryApi(alice)
    const malformed = await api.setBlockTime(alice.blockAppointmentId, '25:61')
    expect(malformed.status).toBe(422)
    expect(malformed.json.message).toMatch(/hours and minutes/)
    const future = await api.setBlockTime(alice.appointmentId, clinicTime(new Date(Date.now() + 3 * 24 * 3600_000)))
    expect(future.status).toBe(422)
    expect(future.json.message).toMatch(/still to come/)
  })

  it('dates the diary and plans its reminders; the one due now goes by email, once', async () => {
    await withoutQuietHours(alice.id)
    const response = await diaryApi(alice).setBlockTime(alice.blockAppointmentId, clinicTime(alice.blockAt))
    expect(response.status).toBe(200)
    expect(response.json.diary.blockTime).toBe(alice.blockAt.toISOString())
    expect(response.json.diary.status).toBe('in-progress')

    const diary = await diaryOf(payload, alice.blockAppointmentId)
    const reminders = await remindersOf(diary!.id)
    // Three hours after the block: the 3-hour point is due now; the earlier ones are missed and get none.
    expect(reminders.map((reminder) => reminder.pointKeys)).toEqual([['3-hours'], ['4-hours'], ['5-hours'], ['6-hours'], ['7-hours'], ['8-hours'], ['next-morning']])
    const job = await jobOf(reminders[0].id)
    expect(new Date(job!.waitUntil!).getTime()).toBeLessThanOrEqual(Date.now())

    // The server's own job runner may get there first; either way the reminder goes once.
    await payload.jobs.run({ where: { id: { equals: job!.id } }, silent: true })
    // A second job for the same reminder (a retry, another instance) sends nothing more.
    const again = await payload.jobs.queue({ task: 'diaryReminder', input: { reminderId: reminders[0].id } })
    await payload.jobs.run({ where: { id: { equals: again.id } }, silent: true })
    const mails = () => mailTo(alice.email).filter((mail) => mail.subject === 'Time to fill in your diary')
    await expect.poll(() => mails().length, { timeout: 15_000 }).toBe(1)
    expect(mails()[0].text).toContain(`/portal/appointments/${alice.blockAppointmentId}/diary`)
    expect(mails()[0].text).not.toMatch(/pain|block|score|C5|lidocaine|relief/i)
    await expect.poll(async () => (await remindersOf(diary!.id))[0].status, { timeout: 15_000 }).toBe('sent')
  })

  it('waits for the first due time when the block has just been given', async () => {
    const carol = await createDiaryPatient(payload, 'Carol Recent', { hoursAgo: 0.05 })
    await withoutQuietHours(carol.id)
    expect((await diaryApi(carol).setBlockTime(carol.blockAppointmentId, clinicTime(carol.blockAt))).status).toBe(200)
    const diary = await diaryOf(payload, carol.blockAppointmentId)
    const [first] = await remindersOf(diary!.id)
    expect(first.pointKeys).toEqual(['15-minutes'])
    const job = await jobOf(first.id)
    expect(new Date(job!.waitUntil!).toISOString()).toBe(new Date(carol.blockAt.getTime() + 15 * 60_000).toISOString())
  })
})

describe('autosave', () => {
  it('saves answers and returns the whole diary', async () => {
    const baseline = entry('baseline', 7, { activity: 'Turning my head', medicines: 'Paracetamol 1 g', answeredAt: minutesAgo(190) })
    const quarter = entry('15-minutes', 2, { reliefPercent: 70, activity: 'Turning my head', answeredAt: minutesAgo(160) })
    const response = await diaryApi(alice).save(alice.blockAppointmentId, { entries: [baseline, quarter] })
    expect(response.status).toBe(200)
    expect(response.json.entries.map((saved: { timePointKey: string }) => saved.timePointKey).sort()).toEqual(['15-minutes', 'baseline'])
    const stored = await storedEntries(payload, alice.blockAppointmentId)
    expect(stored.map(({ timePointKey, nrs, reliefPercent, clientId }) => ({ timePointKey, nrs, reliefPercent, clientId }))).toEqual([
      { timePointKey: '15-minutes', nrs: 2, reliefPercent: 70, clientId: quarter.clientId },
      { timePointKey: 'baseline', nrs: 7, reliefPercent: null, clientId: baseline.clientId },
    ])
    expect(stored.every((saved) => saved.patient === alice.id)).toBe(true)
  })

  it('stores nothing twice when the same answers are sent again', async () => {
    const before = await storedEntries(payload, alice.blockAppointmentId)
    const resend = before.map(({ timePointKey, nrs, reliefPercent, activity, medicines, clientId, answeredAt }) => ({
      timePointKey,
      nrs,
      reliefPercent,
      activity: activity ?? undefined,
      medicines: medicines ?? undefined,
      clientId,
      answeredAt,
    }))
    const response = await diaryApi(alice).save(alice.blockAppointmentId, { entries: resend })
    expect(response.status).toBe(200)
    expect(await storedEntries(payload, alice.blockAppointmentId)).toEqual(before)
  })

  it('keeps the answer given last for a time point, whatever order they arrive in', async () => {
    const api = diaryApi(alice)
    const changed = entry('15-minutes', 3, { reliefPercent: 55, answeredAt: minutesAgo(100) })
    const stale = entry('15-minutes', 9, { answeredAt: minutesAgo(150) })
    expect((await api.save(alice.blockAppointmentId, { entries: [changed] })).status).toBe(200)
    expect((await api.save(alice.blockAppointmentId, { entries: [stale] })).status).toBe(200)
    const quarter = (await storedEntries(payload, alice.blockAppointmentId)).find((saved) => saved.timePointKey === '15-minutes')
    expect(quarter).toMatchObject({ nrs: 3, reliefPercent: 55, clientId: changed.clientId })
    expect(await storedEntries(payload, alice.blockAppointmentId)).toHaveLength(2)
  })

  it('keeps the later of two answers for one time point sent in the same batch', async () => {
    const first = entry('30-minutes', 4, { answeredAt: minutesAgo(90) })
    const second = entry('30-minutes', 1, { answeredAt: minutesAgo(89) })
    expect((await diaryApi(alice).save(alice.blockAppointmentId, { entries: [second, first] })).status).toBe(200)
    const half = (await storedEntries(payload, alice.blockAppointmentId)).filter((saved) => saved.timePointKey === '30-minutes')
    expect(half).toHaveLength(1)
    expect(half[0]).toMatchObject({ nrs: 1, clientId: second.clientId })
  })
})

describe('bad input is refused with a clear message and stores nothing', () => {
  const save = (body: unknown, headers?: Record<string, string>) => () => diaryApi(alice).save(alice.blockAppointmentId, body, headers)

  it.each([
    ['a pain score above 10', { entries: [entry('1-hour', 11)] }, /pain score from 0 to 10/],
    ['a negative pain score', { entries: [entry('1-hour', -1)] }, /pain score from 0 to 10/],
    ['a fractional pain score', { entries: [entry('1-hour', 2.5)] }, /pain score from 0 to 10/],
    ['relief above 100%', { entries: [entry('1-hour', 2, { reliefPercent: 101 })] }, /whole percentage from 0 to 100/],
    ['a pain score sent as text', { entries: [entry('1-hour', '5')] }, /pain score from 0 to 10/],
    ['a time point that is not a string', { entries: [entry('1-hour', 5, { timePointKey: 42 })] }, /time point is not recognised/],
    ['an answer time that is not a date', { entries: [entry('1-hour', 5, { answeredAt: 'yesterday' })] }, /time of this answer is not valid/],
    ['an answer without an identifier', { entries: [entry('1-hour', 5, { clientId: 'abc' })] }, /no valid identifier/],
    ['entries that are not a list', { entries: 'all of them' }, /no answers to save/],
    ['no entries at all', { entries: [] }, /no answers to save/],
    ['a body that is a list', [entry('1-hour', 5)], /./],
    ['one bad answer among good ones', { entries: [entry('1-hour', 3), entry('2-hours', 12)] }, /pain score from 0 to 10/],
  ])('%s (422)', async (_label, body, message) => {
    await expectNothingStored(alice.blockAppointmentId, save(body), 422, message)
  })

  it('an unknown time point key (422)', async () => {
    await expectNothingStored(alice.blockAppointmentId, save({ entries: [entry('1-hour', 3), entry('twelve-hours', 3)] }), 422, /not recognised/)
  })

  it('malformed JSON (400)', async () => {
    await expectNothingStored(alice.blockAppointmentId, save('{"entries": [{"timePointKey": "1-hour", "nrs": 3'), 400, /not valid JSON/)
  })

  it('a body that is not JSON at all (415)', async () => {
    await expectNothingStored(alice.blockAppointmentId, save('nrs=3', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, /JSON/)
  })

  it('an oversized body (413), even when it claims to be small', async () => {
    const huge = { entries: [entry('1-hour', 3, { activity: 'x'.repeat(40 * 1024) })] }
    await expectNothingStored(alice.blockAppointmentId, save(huge), 413, /larger than 32 KB/)
    const streamed = await fetch(`${process.env.APP_URL}/api/diaries/${alice.blockAppointmentId}/entries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: alice.cookie },
      body: new Blob([JSON.stringify(huge)]).stream(),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
  })

  it('text longer than the form allows (422)', async () => {
    await expectNothingStored(alice.blockAppointmentId, save({ entries: [entry('1-hour', 3, { activity: 'x'.repeat(201) })] }), 422, /200 characters/)
  })

  it('answers after the block before its time is recorded (422)', async () => {
    const dave = await createDiaryPatient(payload, 'Dave Early')
    await expectNothingStored(dave.blockAppointmentId, () => diaryApi(dave).save(dave.blockAppointmentId, { entries: [entry('1-hour', 3)] }), 422, /time of your block/)
    expect((await diaryApi(dave).save(dave.blockAppointmentId, { entries: [entry('baseline', 6)] })).status).toBe(200)
  })
})

describe('a patient reaching for someone else’s diary', () => {
  it('finds another patient’s appointment missing (404) and stores nothing there', async () => {
    const api = diaryApi(alice)
    for (const attempt of [
      () => api.save(bob.blockAppointmentId, { entries: [entry('baseline', 1)] }),
      () => api.setBlockTime(bob.blockAppointmentId, clinicTime(bob.blockAt)),
      () => api.submit(bob.blockAppointmentId),
      () => api.save(999_999_999, { entries: [entry('baseline', 1)] }),
      () => api.save(-1, { entries: [entry('baseline', 1)] }),
    ]) {
      const response = await attempt()
      expect(response.status).toBe(404)
      expect(response.json.message).toBe('That appointment was not found.')
    }
    expect(await diaryOf(payload, bob.blockAppointmentId)).toBeNull()
  })

  it('sees only their own diaries and answers through REST, and cannot write either directly', async () => {
    expect((await diaryApi(bob).save(bob.blockAppointmentId, { entries: [entry('baseline', 4)] })).status).toBe(200)
    const bobDiary = await diaryOf(payload, bob.blockAppointmentId)
    const asAlice = { headers: { Cookie: alice.cookie } }
    expect((await request(`/api/diaries/${bobDiary!.id}`, asAlice)).status).toBe(404)
    const diaries = await request('/api/diaries?limit=100&depth=2', asAlice)
    expect(diaries.json.docs.every((diary: { patient: unknown }) => relationId(diary.patient) === alice.id)).toBe(true)
    const entries = await request(`/api/diary-entries?limit=100&where[diary][equals]=${bobDiary!.id}`, asAlice)
    expect(entries.json.totalDocs).toBe(0)

    const aliceDiary = await diaryOf(payload, alice.blockAppointmentId)
    expect((await request(`/api/diaries/${aliceDiary!.id}`, { method: 'PATCH', body: { blockTime: minutesAgo(1) }, ...asAlice })).status).toBe(403)
    expect((await request('/api/diary-entries', { method: 'POST', body: { diary: bobDiary!.id, timePointKey: 'baseline', nrs: 0 }, ...asAlice })).status).toBe(403)
    expect((await request(`/api/diaries/${bobDiary!.id}`, { method: 'DELETE', ...asAlice })).status).toBeGreaterThanOrEqual(403)
    expect((await storedEntries(payload, bob.blockAppointmentId)).map((saved) => saved.nrs)).toEqual([4])
  })

  it('is asked to sign in without a session, and staff cannot answer for a patient', async () => {
    const anonymous = await request(`/api/diaries/${alice.blockAppointmentId}/entries`, { method: 'POST', body: { entries: [entry('baseline', 1)] } })
    expect(anonymous.status).toBe(401)
    const specialist = await request(`/api/diaries/${alice.blockAppointmentId}/entries`, { method: 'POST', token: specialistToken, body: { entries: [entry('baseline', 1)] } })
    expect(specialist.status).toBe(403)
    expect((await request('/api/diaries', { token: editorToken })).status).toBe(403)
    expect((await request('/api/diary-entries', { token: editorToken })).status).toBe(403)
  })

  it('cannot keep a diary for a cancelled appointment (409)', async () => {
    const erin = await createDiaryPatient(payload, 'Erin Cancelled')
    await payload.update({ collection: 'appointments', id: erin.blockAppointmentId, data: { status: 'cancelled' } })
    const response = await diaryApi(erin).save(erin.blockAppointmentId, { entries: [entry('baseline', 5)] })
    expect(response.status).toBe(409)
    expect(await diaryOf(payload, erin.blockAppointmentId)).toBeNull()
  })
})

describe('submitting', () => {
  it('needs at least one answer and the block time', async () => {
    const fay = await createDiaryPatient(payload, 'Fay Empty')
    const response = await diaryApi(fay).submit(fay.blockAppointmentId)
    expect(response.status).toBe(422)
    expect(response.json.message).toMatch(/at least one question/)
  })

  it('submits once; afterwards the diary is read-only for the patient', async () => {
    const api = diaryApi(alice)
    const submitted = await api.submit(alice.blockAppointmentId)
    expect(submitted.status).toBe(200)
    expect(submitted.json.diary.status).toBe('submitted')
    expect(submitted.json.diary.submittedAt).toBeTruthy()
    expect(submitted.json.entries).toHaveLength(3)

    const again = await api.submit(alice.blockAppointmentId)
    expect(again.status).toBe(409)
    expect(again.json.message).toMatch(/submitted/)
    await expectNothingStored(alice.blockAppointmentId, () => api.save(alice.blockAppointmentId, { entries: [entry('2-hours', 2)] }), 409, /submitted/)
    const resent = (await storedEntries(payload, alice.blockAppointmentId))[0]
    await expectNothingStored(
      alice.blockAppointmentId,
      () => api.save(alice.blockAppointmentId, { entries: [entry(resent.timePointKey, 0, { answeredAt: new Date().toISOString() })] }),
      409,
      /submitted/,
    )
    const blockTime = await api.setBlockTime(alice.blockAppointmentId, clinicTime(new Date(alice.blockAt.getTime() + 60_000)))
    expect(blockTime.status).toBe(409)
    expect((await diaryOf(payload, alice.blockAppointmentId))?.blockTime).toBe(alice.blockAt.toISOString())
  })

  it('is locked for staff too, except the specialist’s review', async () => {
    const diary = (await diaryOf(payload, alice.blockAppointmentId))!
    const change = await request(`/api/diaries/${diary.id}`, {
      method: 'PATCH',
      token: specialistToken,
      body: { blockTime: minutesAgo(1), status: 'in-progress', submittedAt: null, questionnaire: {}, patient: bob.id },
    })
    expect(change.status).toBeLessThan(500)
    const after = (await diaryOf(payload, alice.blockAppointmentId))!
    expect({ ...after, updatedAt: null }).toEqual({ ...diary, updatedAt: null })

    const entryId = (await storedEntries(payload, alice.blockAppointmentId))[0].id
    expect((await request(`/api/diary-entries/${entryId}`, { method: 'PATCH', token: specialistToken, body: { nrs: 0 } })).status).toBe(403)
    expect((await request(`/api/diaries/${diary.id}`, { method: 'DELETE', token: await signInStaff('admin') })).status).toBe(409)

    const review = { decision: 'proceed-to-rfa', note: 'Good relief lasting about 1.5 hours.', reviewedAt: new Date().toISOString() }
    expect((await request(`/api/diaries/${diary.id}`, { method: 'PATCH', token: editorToken, body: { review } })).status).toBe(403)
    expect((await request(`/api/diaries/${diary.id}`, { method: 'PATCH', headers: { Cookie: alice.cookie }, body: { review } })).status).toBe(403)
    const reviewed = await request(`/api/diaries/${diary.id}`, { method: 'PATCH', token: specialistToken, body: { review } })
    expect(reviewed.status).toBe(200)
    expect((await diaryOf(payload, alice.blockAppointmentId))?.review).toMatchObject({ decision: 'proceed-to-rfa' })
  })

  it('keeps the review closed while the diary is in progress, and its clinical note from the patient', async () => {
    const bobDiary = (await diaryOf(payload, bob.blockAppointmentId))!
    await request(`/api/diaries/${bobDiary.id}`, { method: 'PATCH', token: specialistToken, body: { review: { decision: 'repeat-block' } } })
    expect((await diaryOf(payload, bob.blockAppointmentId))?.review?.decision ?? null).toBeNull()
    const aliceDiary = (await diaryOf(payload, alice.blockAppointmentId))!
    const asPatient = await request(`/api/diaries/${aliceDiary.id}`, { headers: { Cookie: alice.cookie } })
    expect(asPatient.status).toBe(200)
    expect(asPatient.json.review?.note).toBeUndefined()
    expect(asPatient.json.review?.reviewedBy).toBeUndefined()
  })
})

describe('staff access', () => {
  it('records each specialist read of a diary in the audit trail', async () => {
    const diary = (await diaryOf(payload, alice.blockAppointmentId))!
    const read = await request(`/api/diaries/${diary.id}?depth=1`, { token: specialistToken })
    expect(read.status).toBe(200)
    expect(read.json.entries.docs.length).toBe(3)
    const { docs } = await payload.find({
      collection: 'audit-events',
      where: { and: [{ resource: { equals: 'diaries' } }, { action: { equals: 'read' } }, { resourceIds: { contains: String(diary.id) } }] },
      limit: 5,
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs[0].actorCollection).toBe('users')
  })
})
