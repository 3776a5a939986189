/** GET /api/health — liveness: the process answers HTTP. Touches no database, sets no cookie. */
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
}
