import { after } from 'next/server'
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { json, problem, readJsonBody } from '@/payload/http/endpoint'
import { clientIp } from '@/payload/http/clientIp'
import { countAttempt, retryAfterSeconds } from '@/payload/auth/rateLimits'

const requestSchema = z.object({ email: z.string().trim().toLowerCase().email('Enter the email address of your staff account.').max(254) })

const ON_ITS_WAY = 'If that email belongs to a staff account, a link to choose a new password is on its way.'

/**
 * POST /api/users/forgot-password, in place of Payload's own route (a collection's endpoints are
 * matched before Payload's). Payload finds the account, stores a token and sends the mail while the
 * request waits, so a known email answered measurably later than an unknown one. Here every request
 * gets the same answer at once, and Payload's forgot-password runs after the response has gone.
 */
export const forgotPasswordOffTheRequestPath: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req, { maxBytes: 1024, tooLarge: 'Send only the email address.' })
    if (!body.ok) return problem(body.status, body.message)
    const parsed = requestSchema.safeParse(body.value)
    if (!parsed.success) return problem(400, parsed.error.issues[0].message)
    const ip = clientIp(req.headers)
    const wait = await retryAfterSeconds(req.payload, 'password-link', ip)
    if (wait > 0) return problem(429, `Too many requests from this device. Try again in ${Math.ceil(wait / 60)} minutes.`)
    await countAttempt(req.payload, 'password-link', ip)
    const { payload } = req
    after(() =>
      payload
        .forgotPassword({ collection: 'users', data: { email: parsed.data.email }, disableEmail: false })
        .catch((error: unknown) => payload.logger.error({ err: error }, 'staff forgot-password failed after the response')),
    )
    return json(200, { message: ON_ITS_WAY })
  },
}
