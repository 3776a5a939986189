import type { Payload } from 'payload'

import {
  checkTotpCode,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  type SecondStepInput,
} from '@/lib/second-factor'
import { recordAudit, type AuditEntry } from '@/payload/audit'
import { clearAttempts, countAttempt, retryAfterSeconds } from '../rateLimits'
import { forgetPassedSessions, markSessionPassed, type StaffSession } from './sessions'
import { claimStep, clearFactor, completeEnrolment, consumeRecoveryCode, endPayloadSessions, readFactor, savePendingSecret } from './store'

type RequestContext = Pick<AuditEntry, 'ip' | 'userAgent'>

export type StepOutcome<T = object> =
  | ({ ok: true } & T)
  | { ok: false; status: 400 | 404 | 409 | 429; message: string; reason: string; retryAfterSeconds?: number }

export const MESSAGES = {
  wrongCode: 'That code is not right. Enter the 6-digit code your authenticator app shows now.',
  codeUsed: 'That code has already been used. Wait for the next code in your authenticator app.',
  wrongRecoveryCode: 'That recovery code is not right, or it has already been used.',
  tooManyTries: 'Too many wrong codes. Wait 15 minutes, then try again, or ask an admin to reset your second factor.',
  notEnrolled: 'Set up your authenticator app first.',
  alreadyEnrolled: 'This account already has an authenticator app. Ask an admin to reset it to set up a new one.',
  noEnrolment: 'Start setting up your authenticator app first: the page shows a QR code.',
} as const

const rateKey = (session: StaffSession) => `user:${session.user.id}`

function audit(payload: Payload, session: StaffSession, context: RequestContext, entry: Pick<AuditEntry, 'action' | 'outcome' | 'detail'>) {
  return recordAudit(payload, { ...entry, actorCollection: 'users', actorId: session.user.id, resource: 'users', resourceIds: [session.user.id], ...context })
}

async function refuseWhenLimited(payload: Payload, session: StaffSession, context: RequestContext, action: AuditEntry['action']): Promise<StepOutcome | null> {
  const wait = await retryAfterSeconds(payload, 'second-factor', rateKey(session))
  if (wait === 0) return null
  await audit(payload, session, context, { action, outcome: 'denied', detail: 'too many wrong codes' })
  return { ok: false, status: 429, reason: 'rate-limited', message: MESSAGES.tooManyTries, retryAfterSeconds: wait }
}

type Refusal = 'wrong-code' | 'code-already-used' | 'wrong-recovery-code'

/**
 * Refuses a code and audits it. Guesses count towards the limit; a code already used does not (it was
 * right a moment ago: a double submit, or two sign-ins in one 30-second step, is not guessing).
 */
async function refuse(payload: Payload, session: StaffSession, context: RequestContext, action: AuditEntry['action'], reason: Refusal, message: string): Promise<StepOutcome> {
  if (reason !== 'code-already-used') await countAttempt(payload, 'second-factor', rateKey(session))
  await audit(payload, session, context, { action, outcome: 'failure', detail: reason.replace(/-/g, ' ') })
  return { ok: false, status: 400, reason, message }
}

/** What this session still has to do: set up an app, or give a code. */
export async function nextStep(payload: Payload, session: StaffSession): Promise<'enrol' | 'verify'> {
  const factor = await readFactor(payload, session.user.id)
  return factor?.enrolled ? 'verify' : 'enrol'
}

/** The secret to show while enrolling: the pending one, or a new one. Nothing once the account is enrolled. */
export async function startEnrolment(payload: Payload, session: StaffSession): Promise<StepOutcome<{ secret: string; otpauthUri: string }>> {
  const factor = await readFactor(payload, session.user.id)
  if (!factor) return { ok: false, status: 404, reason: 'unknown-account', message: 'Unknown account.' }
  if (factor.enrolled) return { ok: false, status: 409, reason: 'already-enrolled', message: MESSAGES.alreadyEnrolled }
  let secret = factor.pendingSecret
  if (!secret) {
    secret = newTotpSecret()
    await savePendingSecret(payload, session.user.id, secret)
  }
  return { ok: true, secret, otpauthUri: otpauthUri(secret, session.user.email) }
}

/** The first code from the app confirms the enrolment; the recovery codes come back once, here only. */
export async function confirmEnrolment(payload: Payload, session: StaffSession, code: string, context: RequestContext): Promise<StepOutcome<{ recoveryCodes: string[] }>> {
  const action = 'second-factor-enrolment'
  const limited = await refuseWhenLimited(payload, session, context, action)
  if (limited) return limited as StepOutcome<never>
  const factor = await readFactor(payload, session.user.id)
  if (factor?.enrolled) return { ok: false, status: 409, reason: 'already-enrolled', message: MESSAGES.alreadyEnrolled }
  if (!factor?.pendingSecret) return { ok: false, status: 409, reason: 'no-enrolment', message: MESSAGES.noEnrolment }

  const check = await checkTotpCode({ secret: factor.pendingSecret, code, lastStep: null })
  if (check.outcome !== 'accepted') return (await refuse(payload, session, context, action, 'wrong-code', MESSAGES.wrongCode)) as StepOutcome<never>

  const recoveryCodes = newRecoveryCodes()
  const recoveryCodeHashes = await Promise.all(recoveryCodes.map(hashRecoveryCode))
  if (!(await completeEnrolment(payload, session.user.id, { step: check.step, recoveryCodeHashes }))) {
    return { ok: false, status: 409, reason: 'already-enrolled', message: MESSAGES.alreadyEnrolled }
  }
  await markSessionPassed(payload, session, 'enrolment')
  await clearAttempts(payload, 'second-factor', rateKey(session))
  await audit(payload, session, context, { action, outcome: 'success', detail: 'authenticator app enrolled, 10 recovery codes issued' })
  return { ok: true, recoveryCodes }
}

/** The second step of a sign-in: a code from the app, or a recovery code (each works once). */
export async function passSecondStep(payload: Payload, session: StaffSession, input: SecondStepInput, context: RequestContext): Promise<StepOutcome<{ recoveryCodesLeft: number }>> {
  const action = 'second-factor-check'
  const limited = await refuseWhenLimited(payload, session, context, action)
  if (limited) return limited as StepOutcome<never>
  const factor = await readFactor(payload, session.user.id)
  if (!factor?.enrolled || !factor.secret) return { ok: false, status: 409, reason: 'not-enrolled', message: MESSAGES.notEnrolled }

  let recoveryCodesLeft = factor.recoveryCodesLeft
  if (input.recoveryCode !== undefined) {
    const left = await consumeRecoveryCode(payload, session.user.id, await hashRecoveryCode(input.recoveryCode))
    if (left === null) return (await refuse(payload, session, context, action, 'wrong-recovery-code', MESSAGES.wrongRecoveryCode)) as StepOutcome<never>
    recoveryCodesLeft = left
  } else {
    const check = await checkTotpCode({ secret: factor.secret, code: input.code ?? '', lastStep: factor.lastStep })
    const used = check.outcome === 'already-used' || (check.outcome === 'accepted' && !(await claimStep(payload, session.user.id, check.step)))
    if (used) return (await refuse(payload, session, context, action, 'code-already-used', MESSAGES.codeUsed)) as StepOutcome<never>
    if (check.outcome === 'wrong') return (await refuse(payload, session, context, action, 'wrong-code', MESSAGES.wrongCode)) as StepOutcome<never>
  }

  const method = input.recoveryCode !== undefined ? 'recovery-code' : 'authenticator-code'
  await markSessionPassed(payload, session, method)
  await clearAttempts(payload, 'second-factor', rateKey(session))
  const detail = method === 'recovery-code' ? `recovery code used, ${recoveryCodesLeft} left` : 'authenticator code'
  await audit(payload, session, context, { action, outcome: 'success', detail })
  return { ok: true, recoveryCodesLeft }
}

/** An admin removes a colleague's factor: every session of that account ends and the next sign-in enrols again. */
export async function resetSecondFactor(payload: Payload, admin: { id: number }, userId: number, context: RequestContext): Promise<boolean> {
  if (!(await clearFactor(payload, userId))) return false
  await endPayloadSessions(payload, userId)
  await forgetPassedSessions(payload, userId)
  await clearAttempts(payload, 'second-factor', `user:${userId}`)
  await recordAudit(payload, {
    action: 'second-factor-reset',
    actorCollection: 'users',
    actorId: admin.id,
    resource: 'users',
    resourceIds: [userId],
    detail: 'second factor removed; all sessions ended; enrols again at next sign-in',
    ...context,
  })
  return true
}

/** Sign-out from the second-step page: the pending (or passed) session ends on the server. */
export async function endStaffSession(payload: Payload, session: StaffSession): Promise<void> {
  await endPayloadSessions(payload, session.user.id, session.sid)
  await forgetPassedSessions(payload, session.user.id, session.sid)
}
