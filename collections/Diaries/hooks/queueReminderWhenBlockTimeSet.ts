import type { CollectionAfterChangeHook } from 'payload'

import { scheduleDiaryReminders } from '@/payload/reminders/schedule'

function instant(value: unknown): number | null {
  return value ? new Date(value as string).getTime() : null
}

/** Setting or correcting the block time (by the patient or by staff) plans the diary's reminders afresh. */
export const queueReminderWhenBlockTimeSet: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'in-progress' || !doc.blockTime) return doc
  if (instant(doc.blockTime) === instant(previousDoc?.blockTime)) return doc
  await scheduleDiaryReminders(req.payload, doc, { req })
  return doc
}
