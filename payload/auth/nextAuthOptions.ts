import type { AuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { AuthenticationError, LockedAuth, ValidationError, type Payload } from 'payload'
import { z } from 'zod'

import { PORTAL_ACCOUNT_FLOW } from '@/collections/Patients/hooks/onlyThroughPortal'
import { eitherCodeSchema } from '@/lib/second-factor'
import { ABSOLUTE_LIFETIME_MS } from '@/lib/sessions'
import { recordAudit } from '../audit'
import { clientIp } from '../http/clientIp'
import { getPayloadClient } from '../queries/getPayloadClient'
import { createPatientSession, isSessionActive, revokePatientSession } from './patientSessions'
import { countAttempt, retryAfterSeconds } from './rateLimits'
import { passPatientSecondStep, patientHasFactor } from './secondFactor'
import { sessionCookieName } from './sessionCookie'
import { requireSecret, serverUrl } from '../env'

export const SIGN_IN_FAILED = 'CredentialsSignin'
export const SIGN_IN_RATE_LIMITED = 'TooManyAttempts'
/** next-auth puts a thrown message in the redirect URL, so server errors travel as this code only. */
export const SIGN_IN_UNAVAILABLE = 'SignInUnavailable'
/** The password was right and the account has an authenticator app: send again with `code`. */
export const SIGN_IN_SECOND_STEP_REQUIRED = 'SecondStepRequired'

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
})

function headersFrom(raw: Record<string, unknown> | undefined): Headers {
  const headers = new Headers()
  for (const [key, value] of Object.entries(raw ?? {})) if (typeof value === 'string') headers.set(key, value)
  return headers
}

async function authorize(credentials: Record<string, string> | undefined, req: { headers?: Record<string, unknown> }) {
  const payload = await getPayloadClient()
  const headers = headersFrom(req.headers)
  const ip = clientIp(headers)
  const userAgent = headers.get('user-agent')?.slice(0, 300) ?? null
  if ((await retryAfterSeconds(payload, 'sign-in', ip)) > 0) throw new Error(SIGN_IN_RATE_LIMITED)

  const parsed = credentialsSchema.safeParse(credentials)
  const email = parsed.success ? parsed.data.email : String(credentials?.email ?? '').slice(0, 200)
  const user = parsed.success ? await checkPassword(payload, parsed.data) : null
  if (!user) {
    await countAttempt(payload, 'sign-in', ip)
    await recordAudit(payload, { action: 'sign-in-failed', outcome: 'failure', actorLabel: email, resource: 'patients', ip, userAgent })
    return null
  }
  // Only after the right password: unknown emails and wrong passwords never learn about a factor.
  const secondStep = await secondStepOf(payload, user.id, credentials?.code, { ip, userAgent })
  if (secondStep === 'required') throw new Error(SIGN_IN_SECOND_STEP_REQUIRED)
  if (secondStep === 'rate-limited') throw new Error(SIGN_IN_RATE_LIMITED)
  if (secondStep === 'refused') return null
  const sid = await createPatientSession(payload, user.id, { ip, userAgent })
  await recordAudit(payload, { action: 'sign-in', actorCollection: 'patients', actorId: user.id, resource: 'patients', resourceIds: [user.id], ip, userAgent })
  return { id: String(user.id), name: user.fullName, email: user.email, sid }
}

/**
 * The second step for a patient who turned on an authenticator app: 'none' when they did not, 'required'
 * when no code came with the password, otherwise the outcome of the code (an unreadable one is wrong).
 */
async function secondStepOf(payload: Payload, patientId: number, rawCode: string | undefined, context: { ip: string | null; userAgent: string | null }) {
  if (!(await patientHasFactor(payload, patientId))) return 'none'
  if (!rawCode?.trim()) return 'required'
  const code = eitherCodeSchema.safeParse(rawCode)
  const outcome = await passPatientSecondStep(payload, patientId, code.success ? code.data : { code: '' }, context)
  return outcome === 'accepted' ? 'passed' : outcome === 'rate-limited' ? 'rate-limited' : 'refused'
}

/**
 * The patient when the password is right; null when Payload refuses the credentials (unknown email,
 * wrong password, locked account). Any other error is the server's fault, not the patient's: it is
 * logged and reported as unavailable, so it is neither counted against them nor shown as "wrong password".
 */
async function checkPassword(payload: Payload, data: z.infer<typeof credentialsSchema>) {
  try {
    const { user } = await payload.login({ collection: 'patients', data, context: PORTAL_ACCOUNT_FLOW, depth: 0 })
    return user ?? null
  } catch (error) {
    if (error instanceof AuthenticationError || error instanceof LockedAuth || error instanceof ValidationError) return null
    payload.logger.error({ err: error }, 'patient sign-in failed on the server')
    throw new Error(SIGN_IN_UNAVAILABLE)
  }
}

/** next-auth for the patient portal: email + password checked by Payload, JWT cookie naming a server session. */
export function nextAuthOptions(): AuthOptions {
  process.env.NEXTAUTH_URL ??= serverUrl()
  const secure = serverUrl().startsWith('https://')
  return {
    secret: requireSecret('NEXTAUTH_SECRET'),
    session: { strategy: 'jwt', maxAge: ABSOLUTE_LIFETIME_MS / 1000 },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
      },
    },
    pages: { signIn: '/portal/sign-in', error: '/portal/sign-in' },
    // An ended session is an expected answer (the jwt callback below), not an error with a stack trace.
    logger: {
      error: (code, metadata) => {
        if (code !== 'JWT_SESSION_ERROR') console.error(`[next-auth] ${code}`, metadata instanceof Error ? metadata.message : metadata)
      },
      warn: (code) => console.warn(`[next-auth] ${code}`),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
          code: { label: 'Code from your authenticator app', type: 'text' },
        },
        authorize: authorize as never,
      }),
    ],
    events: {
      // next-auth's own sign-out endpoint ends the server session too, not only the cookie.
      signOut: async ({ token }) => {
        const sid = (token as { sid?: string } | null)?.sid
        if (!sid) return
        const payload = await getPayloadClient()
        const session = await revokePatientSession(payload, sid)
        if (session) await recordAudit(payload, { action: 'sign-out', actorCollection: 'patients', actorId: session.patient, resource: 'patients', resourceIds: [session.patient] })
      },
    },
    callbacks: {
      jwt: async ({ token, user }) => {
        if (user) {
          const signedIn = user as unknown as { id: string; sid: string }
          return { ...token, sid: signedIn.sid, patientId: Number(signedIn.id) }
        }
        // A cookie whose server session ended (signed out, idle, expired, password changed) names nobody:
        // next-auth then answers /api/auth/session with an empty body and clears the cookie.
        const sid = (token as { sid?: string }).sid
        if (!sid || !(await isSessionActive(await getPayloadClient(), sid))) throw new Error('The portal session has ended.')
        return token
      },
      session: ({ session, token }) => ({
        ...session,
        user: { name: session.user?.name, email: session.user?.email, id: (token as { patientId?: number }).patientId },
      }),
    },
  }
}
