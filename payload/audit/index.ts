import type { Payload, PayloadRequest } from 'payload'

import { clientIp } from '../http/clientIp'
import { asSystem } from '../access'

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'invite-sent',
  'invite-used',
  'password-reset',
  'read',
  'create',
  'update',
  'delete',
  'consent-signed',
  'consent-withdrawn',
  'export',
  'download',
  'second-factor-enrolment',
  'second-factor-check',
  'second-factor-reset',
  'reminder-consent-given',
  'reminder-consent-withdrawn',
  'reminder-settings',
  'language-changed',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]
export type AuditOutcome = 'success' | 'failure' | 'denied'

export type AuditEntry = {
  action: AuditAction
  outcome?: AuditOutcome
  actorCollection?: 'users' | 'patients' | null
  actorId?: number | string | null
  /** Free text for actors that are not signed in, e.g. the email typed into a failed sign-in. */
  actorLabel?: string | null
  resource?: string | null
  resourceIds?: (number | string)[]
  ip?: string | null
  userAgent?: string | null
  detail?: string | null
}

/** Who made the request, in audit terms. */
export function actorOf(req: Pick<PayloadRequest, 'user'>): Pick<AuditEntry, 'actorCollection' | 'actorId'> {
  const user = req.user
  if (!user) return { actorCollection: null, actorId: null }
  return { actorCollection: user.collection as 'users' | 'patients', actorId: user.id }
}

export function requestContextOf(headers: Headers | undefined): Pick<AuditEntry, 'ip' | 'userAgent'> {
  if (!headers) return { ip: null, userAgent: null }
  return { ip: clientIp(headers), userAgent: headers.get('user-agent')?.slice(0, 300) ?? null }
}

/**
 * Appends one audit event, committed on its own, outside the caller's transaction, so that a refused
 * or failed operation is still recorded. The table itself refuses UPDATE and DELETE. Hooks call this
 * while their write holds a pooled connection; the transaction cap (payload/db/transactionSlots.ts)
 * keeps connections free for exactly such inserts.
 */
export async function recordAudit(payload: Payload, entry: AuditEntry): Promise<void> {
  try {
    await payload.create({
      collection: 'audit-events',
      ...asSystem,
      disableTransaction: true,
      data: {
        action: entry.action,
        outcome: entry.outcome ?? 'success',
        actorCollection: entry.actorCollection ?? null,
        actorId: entry.actorId == null ? null : String(entry.actorId),
        actorLabel: entry.actorLabel?.slice(0, 200) ?? null,
        resource: entry.resource ?? null,
        resourceIds: (entry.resourceIds ?? []).map(String).join(',').slice(0, 2000) || null,
        ip: entry.ip ?? null,
        userAgent: entry.userAgent ?? null,
        detail: entry.detail?.slice(0, 1000) ?? null,
      },
    })
  } catch (error) {
    payload.logger.error({ msg: 'Could not write an audit event', err: error, entry })
    throw error
  }
}
