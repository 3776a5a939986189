import type { Endpoint } from 'payload'

import { hasRole } from '../access'
import { integrityReport } from '../integrity'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

/**
 * GET /api/integrity, admins only: the same verification as `npm run audit:verify` (hash chains of
 * audit events and signed consents, consent PDFs against their SHA-256), as JSON.
 */
export const integrityEndpoint: Endpoint = {
  path: '/integrity',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Sign in as an admin to verify the audit log.' }, { status: 401, headers: NO_STORE })
    if (!hasRole(req.user, 'admin')) return Response.json({ message: 'Only admins can verify the audit log.' }, { status: 403, headers: NO_STORE })
    return Response.json(await integrityReport(req.payload), { headers: NO_STORE })
  },
}
