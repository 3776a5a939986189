import type { CollectionAfterChangeHook } from 'payload'

import { attachAblationAppointment } from '@/payload/outcomes/followUps'

/** Booking the ablation ties it to the patient's follow-ups still waiting for one (payload/outcomes). */
export const attachAblationToFollowUps: CollectionAfterChangeHook = async ({ doc, req }) => {
  await attachAblationAppointment(req.payload, doc, req)
  return doc
}
