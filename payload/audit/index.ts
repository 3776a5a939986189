import type { Payload, PayloadRequest } from 'payload'
import pg from 'pg'

import { clientIp } from '../http/clientIp'

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

const AUDIT_COLUMNS = ['action', 'outcome', 'actor_collection', 'actor_id', 'actor_label', 'resource', 'resource_ids', 'ip', 'user_agent', 'detail']
const INSERT_AUDIT_EVENT = `INSERT INTO audit_events (${AUDIT_COLUMNS.join(', ')}) VALUES (${AUDIT_COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})`

let auditPool: pg.Pool | undefined

/**
 * Audit events have their own two connections. Hooks write them while the caller's transaction holds
 * a connection of Payload's pool; taking a second one from that pool would deadlock it as soon as
 * every connection belonged to a write waiting for its audit event.
 */
function auditConnections(): pg.Pool {
  auditPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, allowExitOnIdle: true })
  return auditPool
}

function auditRow(entry: AuditEntry): (string | null)[] {
  return [
    entry.action,
    entry.outcome ?? 'success',
    entry.actorCollection ?? null,
    entry.actorId == null ? null : String(entry.actorId),
    entry.actorLabel?.slice(0, 200) ?? null,
    entry.resource ?? null,
    (entry.resourceIds ?? []).map(String).join(',').slice(0, 2000) || null,
    entry.ip ?? null,
    entry.userAgent ?? null,
    entry.detail?.slice(0, 1000) ?? null,
  ]
}

/**
 * Appends one audit event, committed on its own, outside the caller's transaction, so that a refused
 * or failed operation is still recorded. The table itself refuses UPDATE and DELETE.
 */
export async function recordAudit(payload: Payload, entry: AuditEntry): Promise<void> {
  try {
    await auditConnections().query(INSERT_AUDIT_EVENT, auditRow(entry))
  } catch (error) {
    payload.logger.error({ msg: 'Could not write an audit event', err: error, entry })
    throw error
  }
}
