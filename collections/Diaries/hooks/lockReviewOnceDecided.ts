import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { hasRole, isStaffUser } from '../../../payload/access'
import { actorOf, recordAudit, requestContextOf } from '../../../payload/audit'
import { serverUrl } from '../../../payload/env'
import { resultReadyEmail } from '../../../payload/email/templates'
import { relationId } from '../../../lib/relations'

type Review = { decision?: string | null; note?: string | null; reviewedBy?: unknown; reviewedAt?: string | null } | null | undefined

const decided = (review: Review) => Boolean(review?.decision)

function reviewChanged(before: Review, after: Review): boolean {
  return (before?.decision ?? null) !== (after?.decision ?? null) || (before?.note ?? '') !== (after?.note ?? '')
}

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

/** The first decision tells the patient a result is ready (no health details); a later admin change is audited. */
export const announceReviewDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation !== 'update' || !decided(doc.review) || !reviewChanged(previousDoc?.review, doc.review)) return doc
  const changedByAdmin = decided(previousDoc?.review)
  await recordAudit(req.payload, {
    action: 'update',
    ...actorOf(req),
    resource: 'diaries.review',
    resourceIds: [doc.id],
    detail: changedByAdmin ? `decision changed from ${previousDoc.review.decision} to ${doc.review.decision}` : `decision ${doc.review.decision}`,
    ...requestContextOf(req.headers),
  })
  if (changedByAdmin) return doc
  const patientId = relationId(doc.patient)!
  const patient = await req.payload.findByID({ collection: 'patients', id: patientId, depth: 0, overrideAccess: true, req })
  await req.payload.sendEmail({ to: patient.email, ...resultReadyEmail({ name: patient.fullName, url: `${serverUrl()}/portal` }) })
  return doc
}
