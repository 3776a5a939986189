import type { Payload } from 'payload'

import { claimReminder, dueReminderIds, finishReminder, releaseReminder, type ClaimedReminder } from '@/collections/DiaryReminders/store'
import { diarySchedule, diaryTimePoints, questionnaireOfDiary } from '@/lib/diary'
import { portalPaths } from '@/lib/paths'
import { reminderMessage, type ReminderChannel, type ReminderMessage } from '@/lib/reminders'
import type { Patient } from '@/payload-types'
import { asSystem } from '../access'
import { serverUrl } from '../env'
import { diaryReminderEmail } from '../email/templates'
import { localeOfPatient } from '../i18n/locale'
import { reminderChannelsOf, reminderTimingOf } from './preferences'
import { pushToPatient } from './push'
import { smsTransport } from './sms'

export type SendOutcome = 'sent' | 'skipped' | 'not-owed'

type Delivery = { patient: Patient; message: ReminderMessage; path: string }

async function deliver(payload: Payload, channel: ReminderChannel, { patient, message, path }: Delivery): Promise<boolean> {
  const url = `${serverUrl()}${path}`
  if (channel === 'push') return pushToPatient(payload, patient.id, { title: message.title, body: message.body, url: path })
  if (channel === 'email') {
    await payload.sendEmail({ to: patient.email, ...(await diaryReminderEmail({ name: patient.fullName, url, message, locale: localeOfPatient(patient) })) })
    return true
  }
  const transport = smsTransport()
  const mobile = patient.reminders?.mobile
  if (!transport || !mobile) return false
  await transport.send({ to: mobile, text: `${message.text} ${url}` })
  return true
}

/** The message for the points of a claimed reminder still unanswered, dated in the patient's zone. */
async function messageFor(payload: Payload, claimed: ClaimedReminder, waiting: string[], timeZone: string, patient: Patient): Promise<ReminderMessage> {
  // asSystem: a job has no user; the diary's time points date the questions waiting.
  const diary = await payload.findByID({ collection: 'diaries', id: claimed.diaryId, depth: 0, ...asSystem })
  const schedule = diarySchedule(claimed.blockTime, diaryTimePoints(questionnaireOfDiary(diary.questionnaire)), timeZone)
  const dueTimes = schedule.filter((point) => waiting.includes(point.key) && point.dueAt).map((point) => point.dueAt as Date)
  return reminderMessage(dueTimes.length > 0 ? dueTimes : [claimed.blockTime], timeZone, localeOfPatient(patient))
}

/**
 * Sends one reminder if it is still owed at `now` (claimed in one SQL statement: with any number of
 * runners, once at most). Points answered since it was planned are left out; with none left, it is
 * not sent at all. Each channel the patient chose is tried; when none delivers, the reminder is given
 * back and the error thrown, so the job's retry tries again.
 */
export async function sendDiaryReminder(payload: Payload, reminderId: number, { now = new Date() }: { now?: Date } = {}): Promise<SendOutcome> {
  const claimed = await claimReminder(payload, reminderId, now)
  if (!claimed) return 'not-owed'
  const waiting = claimed.pointKeys.filter((key) => !claimed.answeredKeys.includes(key))
  try {
    // asSystem: a job has no user; it reads only how and when the patient wants reminders.
    const patient = await payload.findByID({ collection: 'patients', id: claimed.patientId, depth: 0, ...asSystem })
    const channels = reminderChannelsOf(patient)
    if (waiting.length === 0 || channels.length === 0) {
      await finishReminder(payload, claimed.id, { status: 'skipped', at: now })
      return 'skipped'
    }
    const delivery = { patient, message: await messageFor(payload, claimed, waiting, reminderTimingOf(patient).timeZone, patient), path: portalPaths.diary(claimed.appointmentId) }
    const used: ReminderChannel[] = []
    const failures: unknown[] = []
    for (const channel of channels) {
      try {
        if (await deliver(payload, channel, delivery)) used.push(channel)
      } catch (error) {
        failures.push(error)
        payload.logger.warn({ msg: 'A reminder channel failed', channel, reminderId, err: error })
      }
    }
    if (used.length === 0 && failures.length > 0) throw failures[0]
    // No failure and nothing delivered: no browser subscribed any more, no SMS transport. Nothing to retry.
    await finishReminder(payload, claimed.id, used.length > 0 ? { status: 'sent', channels: used, at: now } : { status: 'skipped', at: now })
    return used.length > 0 ? 'sent' : 'skipped'
  } catch (error) {
    await releaseReminder(payload, claimed.id)
    throw error
  }
}

/** Sends every reminder due by `now` (optionally of one diary): what one job runner does when it polls. */
export async function sendDueReminders(payload: Payload, { now = new Date(), diaryId }: { now?: Date; diaryId?: number } = {}): Promise<SendOutcome[]> {
  const outcomes: SendOutcome[] = []
  for (const id of await dueReminderIds(payload, now, { diaryId })) outcomes.push(await sendDiaryReminder(payload, id, { now }))
  return outcomes
}
