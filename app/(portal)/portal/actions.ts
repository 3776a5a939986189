'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { z } from 'zod'

import { sessionDeadline } from '@/lib/sessions'
import { eitherCodeSchema, firstIssue, totpCodeSchema } from '@/lib/second-factor'
import { SIGN_IN_CODE_PROBLEMS } from '@/lib/second-factor/problems'
import { choosePasswordSchemaFor } from '@/lib/passwords'
import { LOCALES } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { problemIn } from '@/lib/i18n/problems'
import { portalLocale } from '@/payload/i18n/locale'
import { reminderPreferencesSchema } from '@/lib/reminders'
import { REMINDER_PROBLEMS } from '@/lib/reminders/problems'
import { PORTAL_ACCOUNT_FLOW } from '@/collections/Patients/hooks/onlyThroughPortal'
import { recordAudit, requestContextOf } from '@/payload/audit'
import { sendPasswordResetLink, storedLinkToken } from '@/payload/auth/passwordLinks'
import { revokeAllPatientSessions, revokePatientSession, touchActiveSession } from '@/payload/auth/patientSessions'
import { countAttempt, retryAfterSeconds } from '@/payload/auth/rateLimits'
import { confirmPatientEnrolment, turnOffPatientFactor } from '@/payload/auth/secondFactor'
import { readPortalToken, sessionCookieName } from '@/payload/auth/sessionCookie'
import { saveReminderPreferences } from '@/payload/reminders/preferences'
import { replanPatientReminders } from '@/payload/reminders/schedule'
import { smsTransport } from '@/payload/reminders/sms'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { getSignedInPatient } from '@/payload/queries/portal'
import { actAs, asSystem } from '@/payload/access'

/** `signedOut`: the session has ended, so the page offers to sign in again. */
export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; message: string; fieldErrors?: Record<string, string>; signedOut?: boolean }


/** Ends the session on the server (a replayed cookie is refused afterwards) and clears the cookie. */
export async function signOut(): Promise<never> {
  const payload = await getPayloadClient()
  const requestHeaders = await headers()
  const token = await readPortalToken(requestHeaders)
  if (token?.sid) {
    const session = await revokePatientSession(payload, token.sid)
    if (session) {
      await recordAudit(payload, {
        action: 'sign-out',
        actorCollection: 'patients',
        actorId: session.patient,
        resource: 'patients',
        resourceIds: [session.patient],
        ...requestContextOf(requestHeaders),
      })
    }
  }
  const jar = await cookies()
  for (const name of [sessionCookieName(), 'next-auth.csrf-token', 'next-auth.callback-url', '__Host-next-auth.csrf-token']) jar.delete(name)
  redirect('/portal/sign-in?signedOut=1')
}

export type StaySignedInResult = { remainingMs: number } | { expired: true }

/**
 * "Stay signed in": restarts the idle clock. Answers with the time left rather than a clock time, so a
 * patient's device whose clock is wrong still warns and signs out at the right moment.
 */
export async function staySignedIn(): Promise<StaySignedInResult> {
  const payload = await getPayloadClient()
  const token = await readPortalToken(await headers())
  const session = token?.sid ? await touchActiveSession(payload, token.sid, new Date()) : null
  if (!session) return { expired: true }
  return { remainingMs: Math.max(0, sessionDeadline(session).getTime() - Date.now()) }
}

export async function confirmInstructionsRead(appointmentId: number): Promise<ActionResult<{ confirmedAt: string }>> {
  const patient = await getSignedInPatient()
  const t = translatorFor(await portalLocale())
  if (!patient) return { ok: false, message: t('errors.signedOut'), signedOut: true }
  const id = z.number().int().positive().safeParse(appointmentId)
  if (!id.success) return { ok: false, message: t('errors.appointmentNotFound') }
  const payload = await getPayloadClient()
  const existing = await payload.find({
    collection: 'instruction-confirmations',
    ...actAs(patient),
    where: { appointment: { equals: id.data } },
    limit: 1,
  })
  if (existing.docs[0]) return { ok: true, confirmedAt: existing.docs[0].confirmedAt }
  try {
    const created = await payload.create({
      collection: 'instruction-confirmations',
      ...actAs(patient),
      data: { appointment: id.data, patient: patient.id, confirmedAt: new Date().toISOString() },
    })
    return { ok: true, confirmedAt: created.confirmedAt }
  } catch {
    return { ok: false, message: t('errors.appointmentNotFound') }
  }
}

const choosePasswordInput = z.object({
  token: z.string().min(10).max(200),
  purpose: z.enum(['activate', 'reset']),
  password: z.string(),
  confirmPassword: z.string(),
  /** Chosen at activation: the language of the portal, emails and reminders from now on. */
  language: z.enum(LOCALES).optional(),
})

/** Sets the password from a one-time invite or reset link; the link is spent afterwards. */
export async function choosePassword(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsedInput = choosePasswordInput.safeParse(input)
  if (!parsedInput.success) return { ok: false, message: translatorFor(await portalLocale())('choosePassword.linkProblem') }
  const locale = parsedInput.data.language ?? (await portalLocale())
  const passwords = choosePasswordSchemaFor(locale).safeParse(parsedInput.data)
  if (!passwords.success) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of passwords.error.issues) fieldErrors[String(issue.path[0] ?? 'password')] ??= issue.message
    return { ok: false, message: translatorFor(locale)('choosePassword.checkPassword'), fieldErrors }
  }
  const payload = await getPayloadClient()
  const requestHeaders = await headers()
  try {
    const { user } = await payload.resetPassword({
      collection: 'patients',
      data: { token: storedLinkToken(parsedInput.data.token), password: passwords.data.password },
      // asSystem: the link token is the credential here; the patient is not signed in yet.
      ...asSystem,
      // resetPassword runs the beforeLogin hooks; without this, onlyThroughPortal refuses every link.
      context: PORTAL_ACCOUNT_FLOW,
    })
    const patient = user as unknown as { id: number; email: string; activatedAt?: string | null }
    await revokeAllPatientSessions(payload, patient.id)
    if (!patient.activatedAt) {
      const language = parsedInput.data.language
      await payload.update({ collection: 'patients', id: patient.id, data: { activatedAt: new Date().toISOString(), ...(language ? { language } : {}) } })
    }
    await recordAudit(payload, {
      action: parsedInput.data.purpose === 'activate' ? 'invite-used' : 'password-reset',
      actorCollection: 'patients',
      actorId: patient.id,
      resource: 'patients',
      resourceIds: [patient.id],
      ...requestContextOf(requestHeaders),
    })
    return { ok: true, email: patient.email }
  } catch {
    return { ok: false, message: translatorFor(locale)('choosePassword.linkProblem') }
  }
}

const resetRequestSchemaFor = (missing: string) => z.object({ email: z.string().trim().toLowerCase().email(missing).max(254) })

/** Emails a reset link when the address has an account; the answer never reveals whether it does. */
export async function requestPasswordReset(input: unknown): Promise<ActionResult> {
  const t = translatorFor(await portalLocale())
  const parsed = resetRequestSchemaFor(t('forgotPassword.missing')).safeParse(input)
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message, fieldErrors: { email: parsed.error.issues[0].message } }
  const payload = await getPayloadClient()
  const ip = requestContextOf(await headers()).ip ?? null
  const wait = await retryAfterSeconds(payload, 'password-link', ip)
  if (wait > 0) return { ok: false, message: t('forgotPassword.tooMany', { minutes: Math.ceil(wait / 60) }) }
  await countAttempt(payload, 'password-link', ip)
  // After the answer has gone: a known email must not answer later than an unknown one.
  after(() => sendPasswordResetLink(payload, parsed.data.email).catch((error: unknown) => payload.logger.error({ err: error }, 'password reset link failed')))
  return { ok: true }
}


/** Known problems (lib/i18n/problems) in the language of the portal page that called the action. */
async function problemsInPortalLanguage(): Promise<(message: string) => string> {
  const t = translatorFor(await portalLocale())
  return (message) => problemIn(message, (key) => t(`problems.${key}`))
}
const codeInput = z.object({ code: z.string().max(40) })

/** "Turn on", step two: the first code from the app; the ten recovery codes come back once, here only. */
export async function confirmSignInCode(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const patient = await getSignedInPatient()
  const say = await problemsInPortalLanguage()
  if (!patient) return { ok: false, message: say(SIGN_IN_CODE_PROBLEMS.signedOut) }
  const parsed = codeInput.safeParse(input)
  const code = totpCodeSchema.safeParse(parsed.success ? parsed.data.code : undefined)
  if (!code.success) return { ok: false, message: say(SIGN_IN_CODE_PROBLEMS.checkCode), fieldErrors: { code: say(firstIssue(code.error)) } }
  const payload = await getPayloadClient()
  const result = await confirmPatientEnrolment(payload, patient, code.data, requestContextOf(await headers()))
  return result.ok ? result : { ok: false, message: say(result.message), fieldErrors: { code: say(result.message) } }
}

/** "Turn off": asks for a current code (or a recovery code), so nobody at a left-open screen can. */
export async function turnOffSignInCode(input: unknown): Promise<ActionResult> {
  const patient = await getSignedInPatient()
  const say = await problemsInPortalLanguage()
  if (!patient) return { ok: false, message: say(SIGN_IN_CODE_PROBLEMS.signedOut) }
  const parsed = codeInput.safeParse(input)
  const code = eitherCodeSchema.safeParse(parsed.success ? parsed.data.code : undefined)
  if (!code.success) return { ok: false, message: say(SIGN_IN_CODE_PROBLEMS.checkCode), fieldErrors: { code: say(firstIssue(code.error)) } }
  const payload = await getPayloadClient()
  const result = await turnOffPatientFactor(payload, patient, code.data, requestContextOf(await headers()))
  return result.ok ? result : { ok: false, message: say(result.message), fieldErrors: { code: say(result.message) } }
}

/** The reminder choice from /portal/reminders, checked with the form's own schema; consent changes are audited. */
export async function saveReminderSettings(input: unknown): Promise<ActionResult> {
  const patient = await getSignedInPatient()
  const say = await problemsInPortalLanguage()
  if (!patient) return { ok: false, message: say(REMINDER_PROBLEMS.signedOut) }
  const parsed = reminderPreferencesSchema.safeParse(input)
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= say(issue.message)
    return { ok: false, message: say(REMINDER_PROBLEMS.checkMarked), fieldErrors }
  }
  if (parsed.data.sms && !smsTransport()) return { ok: false, message: say(REMINDER_PROBLEMS.noSms) }
  const payload = await getPayloadClient()
  await saveReminderPreferences(payload, patient, parsed.data, requestContextOf(await headers()))
  await replanPatientReminders(payload, patient.id)
  return { ok: true }
}
