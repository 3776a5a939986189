import type { CollectionAfterChangeHook } from 'payload'

import { startFollowUp } from '@/payload/outcomes/followUps'
import { scheduleFollowUpReminders } from '@/payload/reminders/followUps'

/**
 * The specialist's "radiofrequency ablation" decision starts the patient's outcome follow-up (plan and
 * questionnaires copied, tied to the ablation appointment when booked) and plans its reminders. An admin correcting the
 * decision to ablation later starts it too; a follow-up already started stays as it is.
 */
export const startFollowUpOnAblationDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation !== 'update' || doc.review?.decision !== 'proceed-to-rfa' || previousDoc?.review?.decision === 'proceed-to-rfa') return doc
  const followUpId = await startFollowUp(req.payload, doc, req)
  // The questionnaires are reminded like the diary's questions, once the ablation is booked.
  if (followUpId) await scheduleFollowUpReminders(req.payload, followUpId, { req })
  return doc
}
