/**
 * /api/diaries/:appointmentId/entries, the diary autosave (POST). The production server (scripts/serve.ts)
 * answers a live portal session's autosave before Next sees it; this route answers it with the same
 * code (collections/Diaries/autosave.ts) wherever that server does not run (`next dev`, `next start`),
 * and is where everything that path declines arrives. Every other request goes on to
 * Payload's REST handler (collections/Diaries/endpoints/saveEntries.ts) exactly as through
 * /api/[...slug], other methods included. proxy.ts skips this path, so the route sets the same security
 * headers itself.
 */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { autosaveForLiveSession } from '@/collections/Diaries/autosave'
import { poolOf } from '@/payload/db/pool'
import { bodySourceOf, toResponse } from '@/payload/http/endpoint'
import { servedOverHttps } from '@/payload/http/https'
import { securityHeadersFor } from '@/payload/http/securityHeaders'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'

type Context = { params: Promise<{ appointmentId: string }> }
type PayloadHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

function withSecurityHeaders(request: Request, response: Response): Response {
  const { pathname, searchParams } = new URL(request.url)
  const https = servedOverHttps(request.headers)
  const headers = securityHeadersFor({ method: request.method, pathname, searchParams, https, development: process.env.NODE_ENV !== 'production' })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

/** The request as Payload's catch-all route would have received it. */
function toPayload(handler: PayloadHandler, request: Request, appointmentId: string): Promise<Response> {
  return handler(request, { params: Promise.resolve({ slug: ['diaries', appointmentId, 'entries'] }) })
}

function passOn(handler: PayloadHandler) {
  return async (request: Request, { params }: Context) => withSecurityHeaders(request, await toPayload(handler, request, (await params).appointmentId))
}

const payloadPost = REST_POST(config)

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { appointmentId } = await params
  const payload = await getPayloadClient()
  const outcome = await autosaveForLiveSession({
    headers: request.headers,
    appointmentParam: appointmentId,
    body: bodySourceOf(request),
    db: poolOf(payload),
    logFailure: (err) => payload.logger.error({ err }, 'diary autosave failed'),
  })
  const answer = outcome.kind === 'answered' ? toResponse(outcome.answer) : await toPayload(payloadPost, request, appointmentId)
  return withSecurityHeaders(request, answer)
}

export const GET = passOn(REST_GET(config))
export const PUT = passOn(REST_PUT(config))
export const PATCH = passOn(REST_PATCH(config))
export const DELETE = passOn(REST_DELETE(config))

