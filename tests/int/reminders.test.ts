/**
 * Diary reminders across a simulated day: the block time plans them, a fake clock walks through the
 * day, and two job runners race at every tick. Deliveries are counted where they land: the email
 * and SMS outboxes, and a local push receiver that decrypts each push as a browser would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { claimReminder } from '@/collections/DiaryReminders/store'
import { upsertEntries } from '@/collections/Diaries/store'
import { zonedDateTime } from '@/lib/dates'
import { DEFAULT_REMINDER_TIMING, quietHoursEndAfter } from '@/lib/reminders'
import { replanPatientReminders } from '@/payload/reminders/schedule'
import { sendDueReminders } from '@/payload/reminders/send'
import { DEMO_CLINIC } from '../helpers/clinic'
import { createDiaryPatient, diaryApi, type DiaryPatient } from './helpers/diary'
import { request, signInStaff } from './helpers/http'
import { mailTo } from './helpers/outbox'
import { getTestPayload, uniqueSuffix } from './helpers/payload'
import { startPushReceiver, type PushReceiver } from './helpers/pushReceiver'

/** The seeded clinic's zone (Boston): quiet hours and due times are wall-clock times there. */
const CLINIC_ZONE = DEMO_CLINIC.timeZone
const MINUTE = 60_000
const HEALTH_WORDS = /pain|block|injection|nerve|relief|score|lidocaine|bupivacaine|C5|L4|facet|medicine/i

let payload: Payload
let receiver: PushReceiver

type SmsFile = { to: string; text: string }
function smsTo(mobile: string): SmsFile[] {
  const dir = process.env.SMS_OUTBOX_DIR as string
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as SmsFile)
    .filter((sms) => sms.to === mobile)
}

const reminderMails = (email: string) => mailTo(email).filter((mail) => mail.subject === 'Time to fill in your diary')

/** 18:00 clinic time on a day a month from now: the points from 22:00 fall in the default quiet hours. */
function eveningBlock(hour = 18): Date {
  return zonedDateTime(new Date(Date.now() + 30 * 24 * 3600_000), CLINIC_ZONE, { hour, minute: 0 })
}

async function remindersOf(diaryId: number) {
  const { docs } = await payload.find({ collection: 'diary-reminders', where: { diary: { equals: diaryId } }, sort: 'sendAt', pagination: false, depth: 0 })
  return docs
}

/** A diary for the patient's block appointment, its block time recorded as staff would (which plans the reminders). */
async function startDiary(patient: DiaryPatient, blockTime: Date) {
  await payload.update({ collection: 'appointments', id: patient.blockAppointmentId, data: { scheduledAt: blockTime.toISOString() } })
  return payload.create({ collection: 'diaries', data: { appointment: patient.blockAppointmentId, blockTime: blockTime.toISOString() } as never })
}

async function answer(diaryId: number, timePointKey: string, at: Date) {
  await upsertEntries(payload, diaryId, [
    { timePointKey, nrs: 3, reliefPercent: null, activity: 'Walking', medicines: '', clientId: crypto.randomUUID(), answeredAt: at.toISOString() },
  ])
}

/** Walks the fake clock from `from` to `to` in 5-minute steps; at each, two runners (two app instances) send what is due. */
async function runDay(diaryId: number, from: Date, to: Date, atTick: (now: Date) => Promise<void> = async () => {}) {
  for (let now = from.getTime(); now <= to.getTime(); now += 5 * MINUTE) {
    await atTick(new Date(now))
    await Promise.all([sendDueReminders(payload, { now: new Date(now), diaryId }), sendDueReminders(payload, { now: new Date(now), diaryId })])
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  receiver = await startPushReceiver()
})

afterAll(async () => {
  await receiver?.close()
})

describe('a whole diary day', () => {
  it('reminds every point once, never in the quiet hours, never an answered point, on every channel chosen', async () => {
    const patient = await createDiaryPatient(payload, 'Rhian Reminded')
    const mobile = `+4477009${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`
    const consented = new Date().toISOString()
    await payload.update({
      collection: 'patients',
      id: patient.id,
      data: { reminders: { chosenAt: consented, emailConsentedAt: consented, smsConsentedAt: consented, pushConsentedAt: consented, mobile } },
    })
    await payload.create({
      collection: 'push-subscriptions',
      data: { patient: patient.id, endpoint: receiver.subscription.endpoint, ...receiver.subscription.keys },
    })
    const blockTime = eveningBlock()
    const diary = await startDiary(patient, blockTime)

    const planned = await remindersOf(diary.id)
    expect(planned.map((reminder) => reminder.pointKeys)).toEqual([
      ['15-minutes'],
      ['30-minutes'],
      ['1-hour'],
      ['2-hours'],
      ['3-hours'],
      ['4-hours', '5-hours', '6-hours', '7-hours', '8-hours'],
      ['next-morning'],
    ])
    // Each has its job on Payload's queue, waiting until its send time.
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'diaryReminder' } }, pagination: false, depth: 0 })
    for (const reminder of planned) {
      const job = jobs.find((candidate) => (candidate.input as { reminderId?: number }).reminderId === reminder.id)
      expect(job?.waitUntil).toBe(reminder.sendAt)
    }

    await runDay(diary.id, blockTime, new Date(blockTime.getTime() + 17 * 60 * MINUTE), async (now) => {
      // Answered ahead of its reminder: that reminder is not sent. Answered at night: left out of the morning's.
      if (now.getTime() === blockTime.getTime() + 50 * MINUTE) await answer(diary.id, '1-hour', now)
      if (now.getTime() === blockTime.getTime() + 8 * 60 * MINUTE + 5 * MINUTE) await answer(diary.id, '8-hours', now)
    })

    const done = await remindersOf(diary.id)
    expect(done.map((reminder) => reminder.status)).toEqual(['sent', 'sent', 'skipped', 'sent', 'sent', 'sent', 'sent'])
    for (const reminder of done) {
      expect(quietHoursEndAfter(new Date(reminder.sentAt!), DEFAULT_REMINDER_TIMING.quietHours, CLINIC_ZONE)).toBeNull()
      expect(new Date(reminder.sentAt!).getTime()).toBeGreaterThanOrEqual(new Date(reminder.sendAt).getTime())
    }
    const sent = done.filter((reminder) => reminder.status === 'sent')
    for (const reminder of sent) expect(reminder.channels).toEqual(['push', 'email', 'sms'])
    expect(new Date(sent[4].sentAt!).toISOString()).toBe(zonedDateTime(new Date(blockTime.getTime() + 24 * 60 * MINUTE), CLINIC_ZONE, { hour: 7 }).toISOString())

    // Once each, on each channel, with two runners at every tick.
    await expect.poll(() => reminderMails(patient.email).length).toBe(6)
    expect(smsTo(mobile)).toHaveLength(6)
    const pushes = receiver.received.filter((push) => push.path === new URL(receiver.subscription.endpoint).pathname)
    expect(pushes).toHaveLength(6)

    // The night's reminder names the four questions still waiting; nothing anywhere says anything about health.
    const night = pushes.map((push) => JSON.parse(push.text) as { title: string; body: string; url: string })[4]
    expect(night).toEqual({
      title: 'Harbour Spine Clinic',
      body: 'Your diary has 4 questions waiting, due from 10:00 PM to 1:00 AM.',
      url: `/portal/appointments/${patient.blockAppointmentId}/diary`,
    })
    for (const push of pushes) {
      expect(push.text).not.toMatch(HEALTH_WORDS)
      expect(push.vapid).toEqual({ audience: new URL(receiver.subscription.endpoint).origin, publicKey: process.env.VAPID_PUBLIC_KEY, signatureValid: true })
    }
    for (const sms of smsTo(mobile)) {
      expect(sms.text).toMatch(/^Harbour Spine Clinic: your diary has (a question|\d questions) waiting.* http\S+\/portal\/appointments\/\d+\/diary$/)
      expect(sms.text).not.toMatch(HEALTH_WORDS)
    }
    for (const mail of reminderMails(patient.email)) expect(`${mail.subject} ${mail.text}`).not.toMatch(HEALTH_WORDS)

    // The specialist's review page lists what went out and what was answered after.
    const review = await request(`/clinic/diaries/${diary.id}`, { token: await signInStaff('specialist') })
    expect(review.status).toBe(200)
    const text = review.text.replace(/<!-- -->/g, '')
    expect(text).toContain('Diary reminders and the answers that followed')
    expect(text).toContain('Sent by notification, email, text message')
    expect(text).toContain('Not sent: already answered')
    expect(text).toContain('1 hour after the block: answered')
    expect(text).toContain('4 hours after the block: not answered')
    expect(text).toContain('8 hours after the block: answered')
  })

  it('moves the reminders with a corrected block time, and sends none after the diary is submitted', async () => {
    const patient = await createDiaryPatient(payload, 'Rory Rescheduled')
    const first = eveningBlock(10)
    const diary = await startDiary(patient, first)
    const corrected = new Date(first.getTime() + 60 * MINUTE)
    await payload.update({ collection: 'diaries', id: diary.id, data: { blockTime: corrected.toISOString() } })

    const reminders = await remindersOf(diary.id)
    expect(reminders.filter((reminder) => reminder.status === 'queued').every((reminder) => reminder.blockTime === corrected.toISOString())).toBe(true)
    expect(reminders.filter((reminder) => reminder.blockTime === first.toISOString()).every((reminder) => reminder.status === 'cancelled')).toBe(true)

    await runDay(diary.id, first, new Date(corrected.getTime() + 2 * 60 * MINUTE))
    const sent = (await remindersOf(diary.id)).filter((reminder) => reminder.status === 'sent')
    expect(sent.map((reminder) => [reminder.pointKeys, reminder.sentAt])).toEqual([
      [['15-minutes'], new Date(corrected.getTime() + 15 * MINUTE).toISOString()],
      [['30-minutes'], new Date(corrected.getTime() + 30 * MINUTE).toISOString()],
      [['1-hour'], new Date(corrected.getTime() + 60 * MINUTE).toISOString()],
      [['2-hours'], new Date(corrected.getTime() + 120 * MINUTE).toISOString()],
    ])
    // Email only: the clinic's default until the patient chooses.
    expect(sent.every((reminder) => JSON.stringify(reminder.channels) === '["email"]')).toBe(true)

    await answer(diary.id, '2-hours', new Date())
    expect((await diaryApi(patient).submit(patient.blockAppointmentId)).status).toBe(200)
    expect((await remindersOf(diary.id)).filter((reminder) => reminder.status === 'queued')).toEqual([])
    await runDay(diary.id, new Date(corrected.getTime() + 125 * MINUTE), new Date(corrected.getTime() + 26 * 60 * MINUTE))
    await expect.poll(() => reminderMails(patient.email).length).toBe(4)
  })

  it('moves the waiting reminders when the patient changes their quiet hours', async () => {
    const patient = await createDiaryPatient(payload, 'Quinn Quiet')
    const blockTime = eveningBlock()
    const diary = await startDiary(patient, blockTime)
    const queued = async () => (await remindersOf(diary.id)).filter((reminder) => reminder.status === 'queued').map((reminder) => reminder.pointKeys)
    expect((await queued()).at(-2)).toEqual(['4-hours', '5-hours', '6-hours', '7-hours', '8-hours'])

    const now = new Date().toISOString()
    await payload.update({ collection: 'patients', id: patient.id, data: { reminders: { chosenAt: now, emailConsentedAt: now, quietHoursStart: '23:30', quietHoursEnd: '06:00' } } })
    await replanPatientReminders(payload, patient.id)
    expect(await queued()).toEqual([
      ['15-minutes'],
      ['30-minutes'],
      ['1-hour'],
      ['2-hours'],
      ['3-hours'],
      ['4-hours'],
      ['5-hours'],
      ['6-hours', '7-hours', '8-hours'],
      ['next-morning'],
    ])
    const morning = (await remindersOf(diary.id)).find((reminder) => reminder.status === 'queued' && reminder.firstPointKey === '6-hours')!
    expect(morning.sendAt).toBe(zonedDateTime(new Date(blockTime.getTime() + 24 * 60 * MINUTE), CLINIC_ZONE, { hour: 6 }).toISOString())
  })

  it('never sends again a reminder whose sender stopped half-way, and shows staff it is unconfirmed', async () => {
    const patient = await createDiaryPatient(payload, 'Stella Stopped')
    const blockTime = eveningBlock(11)
    const diary = await startDiary(patient, blockTime)
    const [first] = await remindersOf(diary.id)
    // A runner claims the first reminder, then its server dies before the reminder is recorded as sent.
    expect(await claimReminder(payload, first.id, new Date(first.sendAt))).not.toBeNull()

    await runDay(diary.id, blockTime, new Date(blockTime.getTime() + 20 * MINUTE))
    expect((await remindersOf(diary.id))[0].status).toBe('sending')
    expect(reminderMails(patient.email)).toHaveLength(0)

    const review = async () => (await request(`/clinic/diaries/${diary.id}`, { token: await signInStaff('specialist') })).text.replace(/<!-- -->/g, '')
    expect(await review()).toContain('Being sent')
    const pool = (payload.db as unknown as { pool: { query: (text: string, values: unknown[]) => Promise<unknown> } }).pool
    await pool.query(`UPDATE diary_reminders SET updated_at = now() - interval '20 minutes' WHERE id = $1`, [first.id])
    expect(await review()).toContain('Not confirmed: the server stopped while sending it')
  })

  it('cancels the reminders of a cancelled appointment', async () => {
    const patient = await createDiaryPatient(payload, 'Cara Cancelled')
    const diary = await startDiary(patient, eveningBlock(9))
    await payload.update({ collection: 'appointments', id: patient.blockAppointmentId, data: { status: 'cancelled' } })
    expect(new Set((await remindersOf(diary.id)).map((reminder) => reminder.status))).toEqual(new Set(['cancelled']))
    expect(await sendDueReminders(payload, { now: new Date(Date.now() + 40 * 24 * 3600_000), diaryId: diary.id })).toEqual([])
  })
})

describe('push subscriptions', () => {
  const browser = (host = 'fcm.googleapis.com') => ({
    endpoint: `https://${host}/fcm/send/${uniqueSuffix()}`,
    keys: { p256dh: receiver.subscription.keys.p256dh, auth: receiver.subscription.keys.auth },
  })

  it('are stored for the signed-in patient with their consent audited, and removed on unsubscribe', async () => {
    const patient = await createDiaryPatient(payload, 'Pat Pushed')
    const headers = { Cookie: patient.cookie }
    const device = browser()
    expect((await request('/api/push-subscriptions/subscribe', { method: 'POST', body: device, headers })).status).toBe(201)
    expect((await payload.findByID({ collection: 'patients', id: patient.id, depth: 0 })).reminders?.pushConsentedAt).toBeTruthy()

    // The patient sees their device, never its keys; staff see none.
    const own = await request('/api/push-subscriptions', { headers })
    expect(own.json.docs).toHaveLength(1)
    expect(own.json.docs[0]).not.toHaveProperty('p256dh')
    expect(own.json.docs[0]).not.toHaveProperty('auth')
    expect(own.json.docs[0]).not.toHaveProperty('endpoint')
    const staff = await request('/api/push-subscriptions', { token: await signInStaff('admin') })
    expect(staff.json?.docs ?? []).toEqual([])

    expect((await request('/api/push-subscriptions/unsubscribe', { method: 'POST', body: { endpoint: device.endpoint }, headers })).status).toBe(200)
    expect((await payload.findByID({ collection: 'patients', id: patient.id, depth: 0 })).reminders?.pushConsentedAt).toBeFalsy()
    const { docs: audit } = await payload.find({
      collection: 'audit-events',
      where: { and: [{ actorId: { equals: String(patient.id) } }, { action: { in: ['reminder-consent-given', 'reminder-consent-withdrawn'] } }] },
      sort: 'createdAt',
      depth: 0,
    })
    expect(audit.map((event) => [event.action, event.detail])).toEqual([
      ['reminder-consent-given', 'Diary reminders by push'],
      ['reminder-consent-withdrawn', 'Diary reminders by push'],
    ])
  })

  it('survive the same browser subscribing several times at once, and pass a shared computer to its next patient', async () => {
    const first = await createDiaryPatient(payload, 'Dee Double-Tap')
    const device = browser()
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => request('/api/push-subscriptions/subscribe', { method: 'POST', body: device, headers: { Cookie: first.cookie } })),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(201))
    const stored = () => payload.find({ collection: 'push-subscriptions', where: { endpoint: { equals: device.endpoint } }, depth: 0 })
    expect((await stored()).docs.map((doc) => doc.patient)).toEqual([first.id])

    const next = await createDiaryPatient(payload, 'Nell Next')
    expect((await request('/api/push-subscriptions/subscribe', { method: 'POST', body: device, headers: { Cookie: next.cookie } })).status).toBe(201)
    expect((await stored()).docs.map((doc) => doc.patient)).toEqual([next.id])
  })

  it('stop at ten devices a patient, with a message saying what to do', async () => {
    const patient = await createDiaryPatient(payload, 'Manny Devices')
    const headers = { Cookie: patient.cookie }
    for (let device = 0; device < 10; device++) {
      expect((await request('/api/push-subscriptions/subscribe', { method: 'POST', body: browser(), headers })).status).toBe(201)
    }
    const eleventh = await request('/api/push-subscriptions/subscribe', { method: 'POST', body: browser(), headers })
    expect(eleventh.status).toBe(422)
    expect(eleventh.json.message).toMatch(/10 devices already/)
    expect((await payload.count({ collection: 'push-subscriptions', where: { patient: { equals: patient.id } } })).totalDocs).toBe(10)
  })

  it('refuse addresses that are no push service, malformed keys, and strangers', async () => {
    const patient = await createDiaryPatient(payload, 'Mal Formed')
    const headers = { Cookie: patient.cookie }
    for (const body of [
      { ...browser(), endpoint: 'https://127.0.0.1/internal' },
      { ...browser(), endpoint: 'http://fcm.googleapis.com/fcm/send/x' },
      { ...browser(), keys: { p256dh: 'short', auth: 'x' } },
    ]) {
      expect((await request('/api/push-subscriptions/subscribe', { method: 'POST', body, headers })).status).toBe(422)
    }
    expect((await request('/api/push-subscriptions/subscribe', { method: 'POST', body: browser() })).status).toBe(401)
    expect((await request('/api/push-subscriptions/subscribe', { method: 'POST', body: browser(), token: await signInStaff('specialist') })).status).toBe(403)
    expect((await payload.count({ collection: 'push-subscriptions', where: { patient: { equals: patient.id } } })).totalDocs).toBe(0)
  })
})
