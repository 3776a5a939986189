import type { CollectionAfterChangeHook } from 'payload'

import { attachAblationAppointment } from '@/payload/outcomes/followUps'
import { scheduleFollowUpReminders } from '@/payload/reminders/followUps'

/**
 * Booking the ablation ties it to the patient's follow-ups still waiting for one (payload/outcomes);
 * booking, moving or cancelling it plans their questionnaire reminders again.
 */
export const attachAblationToFollowUps: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const timingChanged = operation === 'create' || previousDoc?.scheduledAt !== doc.scheduledAt || previousDoc?.status !== doc.status
  if (!timingChanged) return doc
  for (const followUpId of await attachAblationAppointment(req.payload, doc, req)) await scheduleFollowUpReminders(req.payload, followUpId, { req })
  return doc
}
