import type { Payload, PayloadRequest } from 'payload'

import {
  cancelQueuedFollowUpReminders,
  insertFollowUpReminder,
  remindedFollowUpPointKeys,
} from '@/collections/DiaryReminders/followUpStore'
import { planFollowUpReminders } from '@/lib/reminders'
import { relationId } from '@/lib/relations'
import { asSystem } from '../access'
import { DIARY_REMINDER_TASK } from '../jobs/diaryReminder'
import { followUpForReminders, pointsToRemind } from './followUpState'
import { reminderTimingOf } from './preferences'
import { loadClinicFormats } from '../globals/clinicFormats'

/**
 * Plans the follow-up's reminders (when it starts, when its ablation is booked, moved or cancelled,
 * when the patient changes their quiet hours): what was waiting is cancelled, then one reminder per
 * point still to answer is stored and queued on the diary reminders' job (same channels, same quiet
 * hours, same single-statement claim). Points already reminded for this ablation time are not again.
 */
export async function scheduleFollowUpReminders(payload: Payload, followUpId: number, { now = new Date(), req }: { now?: Date; req?: Partial<PayloadRequest> } = {}) {
  await cancelQueuedFollowUpReminders(payload, followUpId, req)
  const view = await followUpForReminders(payload, followUpId, now, req)
  const patientId = relationId(view?.followUp.patient)
  if (!view?.ablationAt || !patientId) return
  // asSystem: the reminder times follow the patient's own quiet hours.
  const patient = await payload.findByID({ collection: 'patients', id: patientId, depth: 0, ...asSystem, req })
  const reminded = await remindedFollowUpPointKeys(payload, followUpId, view.ablationAt, req)
  for (const reminder of planFollowUpReminders(pointsToRemind(view.questionnaires), reminderTimingOf(patient, (await loadClinicFormats(payload, req)).timeZone), now, reminded)) {
    const reminderId = await insertFollowUpReminder(payload, { followUpId, patientId, ablationAt: view.ablationAt, reminder }, req)
    if (reminderId === null) continue
    await payload.jobs.queue({ task: DIARY_REMINDER_TASK, input: { reminderId }, waitUntil: reminder.sendAt, req: req as PayloadRequest })
  }
}
