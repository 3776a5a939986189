import { checkReadiness } from '@/payload/http/readiness'

/**
 * GET /api/ready — readiness: 200 when the database answers and every migration is applied, else 503
 * with the reason (nothing else: no versions, no addresses). Bounded by the probe's 2 s timeouts.
 */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness()
  const headers = { 'Cache-Control': 'no-store' }
  if (readiness.ready) return Response.json({ status: 'ready' }, { headers })
  return Response.json({ status: 'unavailable', reason: readiness.reason }, { status: 503, headers: { ...headers, 'Retry-After': '5' } })
}
