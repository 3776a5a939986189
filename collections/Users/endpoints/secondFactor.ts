import type { Endpoint, PayloadRequest } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'

import { enrolmentConfirmationSchema, firstIssue, secondStepSchema } from '@/lib/second-factor'
import { hasRole } from '@/payload/access'
import { requestContextOf } from '@/payload/audit'
import {
  confirmEnrolment,
  endStaffSession,
  nextStep,
  passSecondStep,
  resetSecondFactor,
  startEnrolment,
  staffSessionFrom,
  type StaffSession,
  type StepOutcome,
} from '@/payload/auth/secondFactor'
import { json, problem, readJsonBody } from '@/payload/http/endpoint'

const MAX_BODY_BYTES = 1024
const NOT_SIGNED_IN = 'Sign in with your email and password first.'

function reply(outcome: StepOutcome, body: Record<string, unknown> = {}): Response {
  if (outcome.ok) return json(200, body)
  const retryAfter: Record<string, string> = outcome.retryAfterSeconds ? { 'Retry-After': String(outcome.retryAfterSeconds) } : {}
  return json(outcome.status, { message: outcome.message, reason: outcome.reason }, retryAfter)
}

/** Runs `handle` for the staff member whose password-checked session the request carries. */
function withStaffSession(handle: (req: PayloadRequest, session: StaffSession) => Promise<Response>) {
  return async (req: PayloadRequest) => {
    const session = await staffSessionFrom(req.payload, req.headers)
    if (!session) return problem(401, NOT_SIGNED_IN)
    return handle(req, session)
  }
}

async function parsedBody<T>(req: PayloadRequest, schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } }) {
  const body = await readJsonBody(req, { maxBytes: MAX_BODY_BYTES, tooLarge: 'Send only the code.' })
  if (!body.ok) return problem(body.status, body.message)
  const parsed = schema.safeParse(body.value)
  return parsed.success ? parsed.data : problem(400, firstIssue(parsed.error))
}

/** GET /api/users/second-factor — what the signed-in staff member still has to do. */
const status: Endpoint = {
  path: '/second-factor',
  method: 'get',
  handler: withStaffSession(async (req, session) => {
    if (req.user) return json(200, { status: 'passed' })
    return json(200, { status: await nextStep(req.payload, session) })
  }),
}

/**
 * POST /api/users/second-factor/enrolment — the secret to add to an authenticator app, only before the
 * account has one. It is never readable again once the first code confirms it.
 */
const enrolment: Endpoint = {
  path: '/second-factor/enrolment',
  method: 'post',
  handler: withStaffSession(async (req, session) => {
    const outcome = await startEnrolment(req.payload, session)
    return reply(outcome, outcome.ok ? { secret: outcome.secret, otpauthUri: outcome.otpauthUri } : {})
  }),
}

/** POST /api/users/second-factor/enrolment/confirm { code } — answers the ten recovery codes, once. */
const confirm: Endpoint = {
  path: '/second-factor/enrolment/confirm',
  method: 'post',
  handler: withStaffSession(async (req, session) => {
    const body = await parsedBody(req, enrolmentConfirmationSchema)
    if (body instanceof Response) return body
    const outcome = await confirmEnrolment(req.payload, session, body.code, requestContextOf(req.headers))
    return reply(outcome, outcome.ok ? { message: 'Your authenticator app is set up.', recoveryCodes: outcome.recoveryCodes } : {})
  }),
}

/** POST /api/users/second-factor/verify { code } or { recoveryCode } — completes the sign-in. */
const verify: Endpoint = {
  path: '/second-factor/verify',
  method: 'post',
  handler: withStaffSession(async (req, session) => {
    const body = await parsedBody(req, secondStepSchema)
    if (body instanceof Response) return body
    const outcome = await passSecondStep(req.payload, session, body, requestContextOf(req.headers))
    return reply(outcome, outcome.ok ? { message: 'Signed in.', recoveryCodesLeft: outcome.recoveryCodesLeft } : {})
  }),
}

/** POST /api/users/second-factor/sign-out — ends the session (even one still waiting for its second step). */
const signOut: Endpoint = {
  path: '/second-factor/sign-out',
  method: 'post',
  handler: async (req) => {
    const session = await staffSessionFrom(req.payload, req.headers)
    if (session) await endStaffSession(req.payload, session)
    const auth = req.payload.collections.users.config.auth
    const cookie = generateExpiredPayloadCookie({ collectionAuthConfig: auth, config: req.payload.config, cookiePrefix: req.payload.config.cookiePrefix })
    return json(200, { message: 'Signed out.' }, { 'Set-Cookie': cookie })
  },
}

/** POST /api/users/:id/second-factor/reset — an admin removes a colleague's factor (they enrol again). */
const reset: Endpoint = {
  path: '/:id/second-factor/reset',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return problem(403, 'Only an admin can reset a second factor.')
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return problem(404, 'Unknown staff member.')
    if (!(await resetSecondFactor(req.payload, req.user as { id: number }, id, requestContextOf(req.headers)))) {
      return problem(404, 'Unknown staff member.')
    }
    return json(200, { message: 'Second factor reset. Their sessions have ended; they set up an authenticator app at their next sign-in.' })
  },
}

export const secondFactorEndpoints: Endpoint[] = [status, enrolment, confirm, verify, signOut, reset]
