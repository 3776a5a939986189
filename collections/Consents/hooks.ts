import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { SIGNING_CONTEXT, WITHDRAWAL_CONTEXT } from '@/payload/consent/context'

/** Everything that was signed. Only `status`, `withdrawnAt` and `signedKey` ever change (withdrawal). */
export const SIGNED_FIELDS = [
  'patient',
  'appointment',
  'document',
  'documentVersion',
  'documentTitle',
  'snapshotText',
  'textSha256',
  'acknowledgements',
  'typedName',
  'drawing',
  'signedAt',
  'ip',
  'userAgent',
  'signatureMeaning',
] as const

const UNCHANGEABLE = 'A signed consent cannot be changed or deleted. The patient can withdraw it in the portal before the procedure.'

function comparable(value: unknown): string {
  const id = typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value
  return JSON.stringify(id ?? null)
}

export const onlyThroughSigning: CollectionBeforeValidateHook = ({ operation, req, data }) => {
  if (operation === 'create' && req.context?.[SIGNING_CONTEXT] !== true) {
    throw new APIError('Consents are created only by the patient signing in the portal.', 403, null, true)
  }
  return data
}

/** The one allowed change: a signed consent becomes withdrawn, everything signed stays as it was. */
export const onlyWithdrawal: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  if (req.context?.[WITHDRAWAL_CONTEXT] !== true || !originalDoc) throw new APIError(UNCHANGEABLE, 403, null, true)
  if (originalDoc.status !== 'signed') throw new APIError('This consent has already been withdrawn.', 409, null, true)
  const changed = SIGNED_FIELDS.filter((field) => field in data && comparable(data[field]) !== comparable(originalDoc[field]))
  if (changed.length > 0) throw new APIError(UNCHANGEABLE, 403, null, true)
  return { ...data, status: 'withdrawn', withdrawnAt: data.withdrawnAt ?? new Date().toISOString(), signedKey: null }
}

export const refuseDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError(UNCHANGEABLE, 403, null, true)
}
