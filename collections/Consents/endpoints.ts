import type { Endpoint } from 'payload'

import { toResponse } from '../../payload/consent/http'
import { signConsent } from '../../payload/consent/sign'
import { withdrawConsent } from '../../payload/consent/withdraw'

/** POST /api/consents/sign — the portal's signing form (see payload/consent/sign.ts). */
export const signConsentEndpoint: Endpoint = {
  path: '/sign',
  method: 'post',
  handler: async (req) => toResponse(await signConsent(req)),
}

/** POST /api/consents/withdraw — the patient withdraws consent for one appointment. */
export const withdrawConsentEndpoint: Endpoint = {
  path: '/withdraw',
  method: 'post',
  handler: async (req) => toResponse(await withdrawConsent(req)),
}
