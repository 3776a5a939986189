import type { CollectionAfterOperationHook } from 'payload'

import { actorOf, recordAudit, requestContextOf, type AuditAction } from '../audit'

const ACTION_BY_OPERATION: Partial<Record<string, AuditAction>> = {
  find: 'read',
  findByID: 'read',
  count: 'read',
  create: 'create',
  update: 'update',
  updateByID: 'update',
  delete: 'delete',
  deleteByID: 'delete',
}

function idsOf(result: unknown): (number | string)[] {
  if (!result || typeof result !== 'object') return []
  const value = result as { id?: number | string; docs?: { id?: number | string }[] }
  if (Array.isArray(value.docs)) return value.docs.flatMap((doc) => (doc?.id != null ? [doc.id] : []))
  return value.id != null ? [value.id] : []
}

/** Every read or write of patient data by a member of staff leaves an audit event. */
export const auditStaffAccess: CollectionAfterOperationHook = async ({ operation, result, req, collection }) => {
  const action = ACTION_BY_OPERATION[operation]
  if (!action || req.user?.collection !== 'users') return result
  await recordAudit(req.payload, {
    action,
    ...actorOf(req),
    resource: collection.slug,
    resourceIds: idsOf(result),
    ...requestContextOf(req.headers),
  })
  return result
}
