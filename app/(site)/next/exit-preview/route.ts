import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { safeSitePath } from '../safePath'

export const dynamic = 'force-dynamic'

/** GET /next/exit-preview[?path=/x] — leaves draft mode and returns to the page (or the one it came from). */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const origin = request.nextUrl.origin
  const fromQuery = safeSitePath(request.nextUrl.searchParams.get('path'), origin)
  const fromReferrer = refererPath(request.headers.get('referer'), origin)
  redirect(fromQuery ?? fromReferrer ?? '/')
}

function refererPath(referer: string | null, origin: string): string | null {
  if (!referer) return null
  try {
    const url = new URL(referer)
    if (url.origin !== origin || url.pathname.startsWith('/next/') || url.pathname.startsWith('/admin')) return null
    return safeSitePath(`${url.pathname}${url.search}${url.hash}`, origin)
  } catch {
    return null
  }
}
