import type { Endpoint } from 'payload'
import { nullUnlessUnavailable } from '@/payload/http/endpoint'

import { actAs, hasRole } from '@/payload/access'
import { actorOf, recordAudit, requestContextOf } from '@/payload/audit'
import { sendInviteLink } from '@/payload/auth/passwordLinks'

/** POST /api/patients/:id/invite — clinical staff email the patient a one-time link to the portal. */
export const sendInvite: Endpoint = {
  path: '/:id/invite',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'specialist')) {
      return Response.json({ message: 'Only clinical staff can send invitations.' }, { status: 403 })
    }
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return Response.json({ message: 'Unknown patient.' }, { status: 404 })
    const patient = await req.payload
      .findByID({ collection: 'patients', id, ...actAs(req.user), depth: 0 })
      .catch(nullUnlessUnavailable)
    if (!patient) return Response.json({ message: 'Unknown patient.' }, { status: 404 })

    await sendInviteLink(req.payload, patient)
    await req.payload.update({ collection: 'patients', id, data: { invitedAt: new Date().toISOString() }, context: { skipAudit: true } })
    await recordAudit(req.payload, {
      action: 'invite-sent',
      ...actorOf(req),
      resource: 'patients',
      resourceIds: [id],
      ...requestContextOf(req.headers),
    })
    return Response.json({ message: `Invitation sent to ${patient.email}. The link works once, for 72 hours.` })
  },
}
