import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import type { User } from '@/payload-types'
import { checkClinician } from '../access'
import { recordAudit, requestContextOf } from '../audit'
import { getPayloadClient } from '../queries/getPayloadClient'

export type Clinician = User & { collection: 'users' }

/**
 * The specialist or admin signed in with the staff (Payload) session. Anonymous visitors go to the
 * staff sign-in; editors and patients get `null`, so the page can refuse them plainly.
 */
export async function requireClinician(returnTo: string): Promise<Clinician | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const check = checkClinician(user, 'use the clinic workspace')
  if (!check.ok && check.status === 401) redirect(`/admin/login?redirect=${encodeURIComponent(returnTo)}`)
  return check.ok ? (check.clinician as unknown as Clinician) : null
}

/** Every view of the clinic workspace leaves an audit event. */
export async function auditClinicView(clinician: Clinician, resource: string, resourceIds: (number | string)[] = []) {
  const payload = await getPayloadClient()
  await recordAudit(payload, {
    action: 'read',
    actorCollection: 'users',
    actorId: clinician.id,
    resource,
    resourceIds,
    ...requestContextOf(await headers()),
  })
}
