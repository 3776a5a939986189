import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Payload } from 'payload'

import { staffSessionFrom } from '@/payload/auth/secondFactor'
import { secondStepUrl } from './paths'

type Props = { payload: Payload; searchParams?: Record<string, string | string[] | undefined> }

/**
 * Shown before the admin's login form. After the password, the admin opens a page that needs a full
 * session and is sent back here; a session that still lacks its second step goes on to that step.
 */
export async function SendToSecondStep({ payload, searchParams }: Props) {
  if (await staffSessionFrom(payload, await headers())) redirect(secondStepUrl(searchParams?.redirect))
  return null
}
