import type { CollectionAfterChangeHook } from 'payload'

import { actorOf, recordAudit, requestContextOf } from '@/payload/audit'
import { serverUrl } from '@/payload/env'
import { resultReadyEmail } from '@/payload/email/templates'
import { localeOfPatient } from '@/payload/i18n/locale'
import { portalPaths } from '@/lib/paths'
import { relationId } from '@/lib/relations'
import { decided, reviewChanged } from './review'
import { asSystem } from '@/payload/access'

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
  // asSystem: the specialist's decision mails the patient, whose record the hook reads for the address.
  const patient = await req.payload.findByID({ collection: 'patients', id: patientId, depth: 0, ...asSystem, req })
  const email = await resultReadyEmail({ name: patient.fullName, url: `${serverUrl()}${portalPaths.home}`, locale: localeOfPatient(patient) })
  await req.payload.sendEmail({ to: patient.email, ...email })
  return doc
}
