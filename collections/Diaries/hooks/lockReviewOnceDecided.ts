import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { hasRole, isStaffUser } from '@/payload/access'
import { relationId } from '@/lib/relations'
import { decided, reviewChanged, type Review } from './review'

/**
 * Once a decision is saved it is locked: only an admin may change it (and that change is audited).
 * Who decided and when are the server's to say: stamped from the signed-in user and the clock when
 * the decision or note changes, and kept as they were otherwise, whatever the request sends.
 */
export const lockReviewOnceDecided: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !data?.review) return data
  const before: Review = originalDoc?.review
  const changed = reviewChanged(before, { ...before, ...data.review })
  if (changed && decided(before) && !hasRole(req.user, 'admin')) {
    throw new APIError('This review is locked: the decision was already recorded. Ask an admin to change it.', 403, null, true)
  }
  const stamp =
    changed && isStaffUser(req.user)
      ? { reviewedBy: req.user!.id, reviewedAt: new Date().toISOString() }
      : { reviewedBy: relationId(before?.reviewedBy), reviewedAt: before?.reviewedAt ?? null }
  return { ...data, review: { ...data.review, ...stamp } }
}
