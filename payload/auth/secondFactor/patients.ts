import type { Payload } from 'payload'

import { checkTotpCode, hashRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUri, type SecondStepInput } from '@/lib/second-factor'
import { SIGN_IN_CODE_PROBLEMS } from '@/lib/second-factor/problems'
import { recordAudit, type AuditEntry } from '@/payload/audit'
import { clearAttempts, countAttempt, retryAfterSeconds } from '../rateLimits'
import { claimStep, clearFactor, completeEnrolment, consumeRecoveryCode, readFactor, savePendingSecret, type FactorState } from './store'

/**
 * A patient's optional authenticator app (their choice in the portal, never required). The same TOTP,
 * recovery codes and storage as the staff factor, on the `patients` table; wrong codes count towards
 * the 'second-factor' limit of that patient.
 */

type RequestContext = Pick<AuditEntry, 'ip' | 'userAgent'>
type PatientAccount = { id: number; email: string }

export type PatientFactorOutcome<T = object> = ({ ok: true } & T) | { ok: false; message: string }

export const PATIENT_FACTOR_MESSAGES = {
  wrongCode: SIGN_IN_CODE_PROBLEMS.wrongCode,
  tooManyTries: SIGN_IN_CODE_PROBLEMS.tooManyTries,
  alreadyOn: SIGN_IN_CODE_PROBLEMS.alreadyOn,
  notOn: SIGN_IN_CODE_PROBLEMS.notOn,
  startAgain: SIGN_IN_CODE_PROBLEMS.startAgain,
} as const

const TABLE = 'patients'
const rateKey = (patientId: number) => `patient:${patientId}`

function audit(payload: Payload, patientId: number, context: RequestContext, entry: Pick<AuditEntry, 'action' | 'outcome' | 'detail'>) {
  return recordAudit(payload, { ...entry, actorCollection: 'patients', actorId: patientId, resource: 'patients', resourceIds: [patientId], ...context })
}

type CodeCheck = 'accepted' | 'wrong-code' | 'code-already-used' | 'wrong-recovery-code'

/** Checks an app code (each time step once) or spends a recovery code. */
async function checkCode(payload: Payload, patientId: number, factor: FactorState, input: SecondStepInput): Promise<CodeCheck> {
  if (input.recoveryCode !== undefined) {
    const left = await consumeRecoveryCode(payload, patientId, await hashRecoveryCode(input.recoveryCode), TABLE)
    return left === null ? 'wrong-recovery-code' : 'accepted'
  }
  const check = await checkTotpCode({ secret: factor.secret ?? '', code: input.code ?? '', lastStep: factor.lastStep })
  if (check.outcome === 'already-used') return 'code-already-used'
  if (check.outcome === 'wrong') return 'wrong-code'
  return (await claimStep(payload, patientId, check.step, TABLE)) ? 'accepted' : 'code-already-used'
}

/**
 * A code for an account with a factor, limited and audited. Guesses count towards the limit; a code
 * already used does not (it was right a moment ago: a double submit is not guessing).
 */
async function verifyPatientCode(
  payload: Payload,
  patientId: number,
  input: SecondStepInput,
  context: RequestContext,
  action: AuditEntry['action'],
): Promise<'accepted' | 'refused' | 'rate-limited' | 'not-enrolled'> {
  const factor = await readFactor(payload, patientId, TABLE)
  if (!factor?.enrolled) return 'not-enrolled'
  if ((await retryAfterSeconds(payload, 'second-factor', rateKey(patientId))) > 0) {
    await audit(payload, patientId, context, { action, outcome: 'denied', detail: 'too many wrong codes' })
    return 'rate-limited'
  }
  const result = await checkCode(payload, patientId, factor, input)
  if (result !== 'accepted') {
    if (result !== 'code-already-used') await countAttempt(payload, 'second-factor', rateKey(patientId))
    await audit(payload, patientId, context, { action, outcome: 'failure', detail: result.replace(/-/g, ' ') })
    return 'refused'
  }
  await clearAttempts(payload, 'second-factor', rateKey(patientId))
  return 'accepted'
}

/** Whether this patient's sign-in asks for a code. */
export async function patientHasFactor(payload: Payload, patientId: number): Promise<boolean> {
  return Boolean((await readFactor(payload, patientId, TABLE))?.enrolled)
}

/** The sign-in's second step: 'accepted' signs the patient in; anything else does not. */
export async function passPatientSecondStep(payload: Payload, patientId: number, input: SecondStepInput, context: RequestContext) {
  const outcome = await verifyPatientCode(payload, patientId, input, context, 'second-factor-check')
  if (outcome === 'accepted') {
    const detail = input.recoveryCode !== undefined ? 'recovery code' : 'authenticator code'
    await audit(payload, patientId, context, { action: 'second-factor-check', outcome: 'success', detail })
  }
  return outcome
}

/** The key to show while turning the factor on: the pending one, or a new one. Null once it is on. */
export async function startPatientEnrolment(payload: Payload, patient: PatientAccount): Promise<{ secret: string; otpauthUri: string } | null> {
  const factor = await readFactor(payload, patient.id, TABLE)
  if (!factor || factor.enrolled) return null
  let secret = factor.pendingSecret
  if (!secret) {
    secret = newTotpSecret()
    await savePendingSecret(payload, patient.id, secret, TABLE)
  }
  return { secret, otpauthUri: otpauthUri(secret, patient.email) }
}

/** The first code from the app turns the factor on; the recovery codes come back once, here only. */
export async function confirmPatientEnrolment(
  payload: Payload,
  patient: PatientAccount,
  code: string,
  context: RequestContext,
): Promise<PatientFactorOutcome<{ recoveryCodes: string[] }>> {
  const action = 'second-factor-enrolment'
  if ((await retryAfterSeconds(payload, 'second-factor', rateKey(patient.id))) > 0) {
    await audit(payload, patient.id, context, { action, outcome: 'denied', detail: 'too many wrong codes' })
    return { ok: false, message: PATIENT_FACTOR_MESSAGES.tooManyTries }
  }
  const factor = await readFactor(payload, patient.id, TABLE)
  if (factor?.enrolled) return { ok: false, message: PATIENT_FACTOR_MESSAGES.alreadyOn }
  if (!factor?.pendingSecret) return { ok: false, message: PATIENT_FACTOR_MESSAGES.startAgain }

  const check = await checkTotpCode({ secret: factor.pendingSecret, code, lastStep: null })
  if (check.outcome !== 'accepted') {
    await countAttempt(payload, 'second-factor', rateKey(patient.id))
    await audit(payload, patient.id, context, { action, outcome: 'failure', detail: 'wrong code' })
    return { ok: false, message: PATIENT_FACTOR_MESSAGES.wrongCode }
  }
  const recoveryCodes = newRecoveryCodes()
  const recoveryCodeHashes = await Promise.all(recoveryCodes.map(hashRecoveryCode))
  if (!(await completeEnrolment(payload, patient.id, { step: check.step, recoveryCodeHashes }, TABLE))) {
    return { ok: false, message: PATIENT_FACTOR_MESSAGES.alreadyOn }
  }
  await clearAttempts(payload, 'second-factor', rateKey(patient.id))
  await audit(payload, patient.id, context, { action, outcome: 'success', detail: 'patient turned on an authenticator app, 10 recovery codes issued' })
  return { ok: true, recoveryCodes }
}

/** Turning the factor off asks for a current code (or a recovery code), so a left-open session cannot. */
export async function turnOffPatientFactor(
  payload: Payload,
  patient: PatientAccount,
  input: SecondStepInput,
  context: RequestContext,
): Promise<PatientFactorOutcome> {
  const outcome = await verifyPatientCode(payload, patient.id, input, context, 'second-factor-reset')
  if (outcome === 'not-enrolled') return { ok: false, message: PATIENT_FACTOR_MESSAGES.notOn }
  if (outcome === 'rate-limited') return { ok: false, message: PATIENT_FACTOR_MESSAGES.tooManyTries }
  if (outcome === 'refused') return { ok: false, message: PATIENT_FACTOR_MESSAGES.wrongCode }
  await clearFactor(payload, patient.id, TABLE)
  await audit(payload, patient.id, context, { action: 'second-factor-reset', outcome: 'success', detail: 'patient turned off their authenticator app' })
  return { ok: true }
}
