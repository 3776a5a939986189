import { NextResponse, type NextRequest } from 'next/server'

import { isLocale, LOCALE_COOKIE } from './lib/i18n/config'
import { servedOverHttps } from './payload/http/https'
import { areaOf, contentSecurityPolicy, securityHeadersFor } from './payload/http/securityHeaders'

/** A fresh, unguessable value per response: the one inline-script permission the portal, clinic and admin give. */
function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64')
}

const ONE_YEAR_IN_SECONDS = 365 * 24 * 3600

/**
 * `?lang=es` on a portal address (the language choice before sign-in, and the links in emails): this
 * request and the visitor's next ones are in that language until they sign in (then their record's).
 */
function chosenPortalLanguage(request: NextRequest, area: string): string | null {
  const language = area === 'portal' ? request.nextUrl.searchParams.get('lang') : null
  return isLocale(language) ? language : null
}

/** The request's Cookie header with the language cookie set to `language` (any earlier value replaced). */
function withLanguageCookie(header: string | null, language: string): string {
  const others = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith(`${LOCALE_COOKIE}=`))
  return [...others, `${LOCALE_COOKIE}=${language}`].join('; ')
}

/**
 * Security headers on every page and API answer (payload/http/securityHeaders.ts says which and why).
 * Next reads the nonce from the request's Content-Security-Policy header and puts it on the scripts it
 * renders; the public site's prerendered pages are served as built, with their fixed policy.
 */
export function proxy(request: NextRequest) {
  const area = areaOf(request.nextUrl.pathname)
  const https = servedOverHttps(request.headers)
  const nonce = area === 'site' || area === 'api' ? undefined : newNonce()
  const development = process.env.NODE_ENV !== 'production'
  const policy = contentSecurityPolicy(area, { nonce, https, development })

  const requestHeaders = new Headers(request.headers)
  if (nonce) requestHeaders.set('content-security-policy', policy)
  const language = chosenPortalLanguage(request, area)
  if (language) requestHeaders.set('cookie', withLanguageCookie(request.headers.get('cookie'), language))
  const response = nonce ? NextResponse.next({ request: { headers: requestHeaders } }) : NextResponse.next()
  if (language) response.cookies.set(LOCALE_COOKIE, language, { path: '/portal', sameSite: 'lax', maxAge: ONE_YEAR_IN_SECONDS })

  const { pathname, searchParams } = request.nextUrl
  const headers = securityHeadersFor({ method: request.method, pathname, searchParams, https, nonce, development })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  // Build output and the favicon need no policy; everything else, pages and API, passes through, but
  // the diary autosave, the busiest write: its route sets these same headers itself and is spared a
  // second pass through Next's request handling (README "Benchmarks").
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/diaries/[^/]+/entries$).*)'],
}
