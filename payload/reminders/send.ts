import type { Payload } from 'payload'

import { claimReminder, dueReminderIds, finishReminder, releaseReminder, type ClaimedReminder } from '@/collections/DiaryReminders/store'
import { claimFollowUpReminder } from '@/collections/DiaryReminders/followUpStore'
import { diarySchedule, diaryTimePoints, questionnaireOfDiary } from '@/lib/diary'
import { portalPaths } from '@/lib/paths'
import { questionnaireReminderMessage, reminderMessage, type ReminderChannel, type ReminderMessage } from '@/lib/reminders'
import type { Patient } from '@/payload-types'
import { asSystem } from '../access'
import { serverUrl } from '../env'
import { diaryReminderEmail, questionnaireReminderEmail } from '../email/templates'
import { localeOfPatient } from '../i18n/locale'
import { followUpForReminders, pointsToRemind } from './followUpState'
import { reminderChannelsOf } from './preferences'
import { pushToPatient } from './push'
import { smsTransport } from './sms'
import { loadClinicFormats } from '../globals/clinicFormats'

export type SendOutcome = 'sent' | 'skipped' | 'not-owed'

type EmailTemplate = typeof diaryReminderEmail
type Delivery = { patient: Patient; message: ReminderMessage; path: string; email: EmailTemplate }

async function deliver(payload: Payload, channel: ReminderChannel, { patient, message, path, email }: Delivery): Promise<boolean> {
  const url = `${serverUrl()}${path}`
  if (channel === 'push') return pushToPatient(payload, patient.id, { title: message.title, body: message.body, url: path })
  if (channel === 'email') {
    await payload.sendEmail({ to: patient.email, ...(await email({ name: patient.fullName, url, message, locale: localeOfPatient(patient) })) })
    return true
  }
  const transport = smsTransport()
  const mobile = patient.reminders?.mobile
  if (!transport || !mobile) return false
  await transport.send({ to: mobile, text: `${message.text} ${url}` })
  return true
}

/** The message for the points of a claimed reminder still unanswered, dated in the clinic's zone and wording. */
async function messageFor(payload: Payload, claimed: ClaimedReminder, waiting: string[], patient: Patient): Promise<ReminderMessage> {
  const formats = await loadClinicFormats(payload)
  // asSystem: a job has no user; the diary's time points date the questions waiting.
  const diary = await payload.findByID({ collection: 'diaries', id: claimed.diaryId, depth: 0, ...asSystem })
  const schedule = diarySchedule(claimed.blockTime, diaryTimePoints(questionnaireOfDiary(diary.questionnaire)), formats.timeZone)
  const dueTimes = schedule.filter((point) => waiting.includes(point.key) && point.dueAt).map((point) => point.dueAt as Date)
  return reminderMessage(dueTimes.length > 0 ? dueTimes : [claimed.blockTime], formats, localeOfPatient(patient))
}

/**
 * Delivers a claimed reminder on each channel the patient chose and records the outcome; with
 * nothing waiting or no channel it is skipped. When no channel delivers, the reminder is given back
 * and the error thrown, so the job's retry tries again.
 */
async function deliverClaimed(
  payload: Payload,
  claimed: { id: number; patientId: number },
  now: Date,
  nothingWaiting: boolean,
  compose: (patient: Patient) => Promise<Omit<Delivery, 'patient'>>,
): Promise<SendOutcome> {
  try {
    // asSystem: a job has no user; it reads only how and when the patient wants reminders.
    const patient = await payload.findByID({ collection: 'patients', id: claimed.patientId, depth: 0, ...asSystem })
    const channels = reminderChannelsOf(patient)
    if (nothingWaiting || channels.length === 0) {
      await finishReminder(payload, claimed.id, { status: 'skipped', at: now })
      return 'skipped'
    }
    const delivery = { patient, ...(await compose(patient)) }
    const used: ReminderChannel[] = []
    const failures: unknown[] = []
    for (const channel of channels) {
      try {
        if (await deliver(payload, channel, delivery)) used.push(channel)
      } catch (error) {
        failures.push(error)
        payload.logger.warn({ msg: 'A reminder channel failed', channel, reminderId: claimed.id, err: error })
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

/**
 * Sends one diary reminder if it is still owed at `now` (claimed in one SQL statement: with any
 * number of runners, once at most). Points answered since it was planned are left out; with none
 * left, it is not sent at all.
 */
export async function sendDiaryReminder(payload: Payload, reminderId: number, { now = new Date() }: { now?: Date } = {}): Promise<SendOutcome> {
  const claimed = await claimReminder(payload, reminderId, now)
  if (!claimed) return 'not-owed'
  const waiting = claimed.pointKeys.filter((key) => !claimed.answeredKeys.includes(key))
  return deliverClaimed(payload, claimed, now, waiting.length === 0, async (patient) => ({
    message: await messageFor(payload, claimed, waiting, patient),
    path: portalPaths.diary(claimed.appointmentId),
    email: diaryReminderEmail,
  }))
}

/** Sends one follow-up questionnaire reminder if still owed (same claim, channels and outcomes); none once its point is answered. */
export async function sendFollowUpReminder(payload: Payload, reminderId: number, { now = new Date() }: { now?: Date } = {}): Promise<SendOutcome> {
  const claimed = await claimFollowUpReminder(payload, reminderId, now)
  if (!claimed) return 'not-owed'
  const view = await followUpForReminders(payload, claimed.followUpId, now)
  const points = view ? pointsToRemind(view.questionnaires) : []
  const nothingWaiting = !points.some((point) => claimed.pointKeys.includes(point.key) && !point.answered && now.getTime() < point.closesAt.getTime())
  return deliverClaimed(payload, claimed, now, nothingWaiting, async (patient) => ({
    message: questionnaireReminderMessage(localeOfPatient(patient)),
    path: portalPaths.followUp(claimed.followUpId),
    email: questionnaireReminderEmail,
  }))
}

/** Sends a reminder of either kind: a diary's, else a follow-up's (each claim finds only its own kind). */
export async function sendReminder(payload: Payload, reminderId: number, options: { now?: Date } = {}): Promise<SendOutcome> {
  const outcome = await sendDiaryReminder(payload, reminderId, options)
  return outcome === 'not-owed' ? sendFollowUpReminder(payload, reminderId, options) : outcome
}

/** Sends every reminder due by `now` (optionally of one diary or follow-up): what one job runner does when it polls. */
export async function sendDueReminders(
  payload: Payload,
  { now = new Date(), diaryId, followUpId }: { now?: Date; diaryId?: number; followUpId?: number } = {},
): Promise<SendOutcome[]> {
  const outcomes: SendOutcome[] = []
  for (const id of await dueReminderIds(payload, now, { diaryId, followUpId })) outcomes.push(await sendReminder(payload, id, { now }))
  return outcomes
}
