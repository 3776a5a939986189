import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'
import { asSystem } from '@/payload/access'
import { nullUnlessUnavailable } from '@/payload/http/endpoint'

const LOCKED_MESSAGE = 'This diary has been submitted, so it can no longer change (only the specialist’s review can).'

function sameInstant(a: unknown, b: unknown): boolean {
  if (!a || !b) return !a && !b
  return new Date(a as string).getTime() === new Date(b as string).getTime()
}

/**
 * Field access already keeps staff from changing a submitted diary; this also holds for server
 * code that bypasses access (the patient's block-time endpoint, scripts).
 */
export const keepSubmittedDiariesLocked: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || originalDoc?.status !== 'submitted') return data
  const blockTimeChanged = data.blockTime !== undefined && !sameInstant(data.blockTime, originalDoc.blockTime)
  const reopened = data.status !== undefined && data.status !== 'submitted'
  if (blockTimeChanged || reopened) throw new APIError(LOCKED_MESSAGE, 409, null, true)
  return data
}

export const refuseDeletingSubmitted: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // asSystem: the lock must see the diary whoever asks to delete it.
  const diary = await req.payload.findByID({ collection: 'diaries', id, depth: 0, ...asSystem, req }).catch(nullUnlessUnavailable)
  if (diary?.status === 'submitted') throw new APIError(LOCKED_MESSAGE, 409, null, true)
}
