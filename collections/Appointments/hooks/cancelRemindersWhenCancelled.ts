import type { CollectionAfterChangeHook } from 'payload'

import { cancelQueuedReminders } from '@/collections/DiaryReminders/store'
import { asSystem } from '@/payload/access'

/** A cancelled appointment's diary reminders are cancelled with it (the send-time claim also refuses them). */
export const cancelRemindersWhenCancelled: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'cancelled' || previousDoc?.status === 'cancelled') return doc
  // asSystem: the staff member's change to the appointment was allowed; its diary's reminders follow it.
  const { docs } = await req.payload.find({ collection: 'diaries', where: { appointment: { equals: doc.id } }, depth: 0, limit: 1, ...asSystem, req })
  if (docs[0]) await cancelQueuedReminders(req.payload, docs[0].id, req)
  return doc
}
