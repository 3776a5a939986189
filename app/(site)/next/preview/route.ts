import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { safeSitePath } from '../safePath'

export const dynamic = 'force-dynamic'

function refuse(status: number, message: string) {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/**
 * GET /next/preview?path=/procedures/x — the admin's preview and live-preview links land here.
 * Only a signed-in staff member gets draft mode; the path must be a page of this site.
 */
export async function GET(request: NextRequest) {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || user.collection !== 'users') {
    return refuse(403, 'Only signed-in clinic staff can preview drafts. Sign in at /admin and try again.')
  }
  const path = safeSitePath(request.nextUrl.searchParams.get('path'), request.nextUrl.origin)
  if (!path) return refuse(400, 'The preview address must be a page of this site, starting with a single "/".')
  ;(await draftMode()).enable()
  redirect(path)
}
