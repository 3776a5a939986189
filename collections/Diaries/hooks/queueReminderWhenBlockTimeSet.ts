import type { CollectionAfterChangeHook } from 'payload'

import { queueDiaryReminder } from '@/payload/jobs/diaryReminder'

function instant(value: unknown): number | null {
  return value ? new Date(value as string).getTime() : null
}

/** Setting or correcting the block time (by the patient or by staff) queues the reminder email. */
export const queueReminderWhenBlockTimeSet: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'in-progress' || !doc.blockTime) return doc
  if (instant(doc.blockTime) === instant(previousDoc?.blockTime)) return doc
  await queueDiaryReminder(req.payload, doc, req)
  return doc
}
