/**
 * The security headers of each area of the site, as pure functions of the request: `proxy.ts` applies
 * them. One Content-Security-Policy per area, each the strictest that area allows:
 * - the public site is prerendered once for everyone, so it cannot carry a per-request nonce: its
 *   scripts are the app's own files and Next's inline bootstrap ('self' 'unsafe-inline'), never
 *   inline event handlers, plugins or another origin; only the admin's live preview may frame it;
 * - the portal and the clinic are rendered per request: only scripts carrying that response's nonce
 *   run (and what they load), and nothing may frame them;
 * - /admin (Payload) is rendered per request too and gets a nonce; its code editor loads Monaco from
 *   cdn.jsdelivr.net (styles, fonts, workers); it frames the public site for live preview;
 * - the API answers data, never a document to render.
 */
export type Area = 'site' | 'portal' | 'clinic' | 'admin' | 'api'

export function areaOf(pathname: string): Area {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api'
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname === '/portal' || pathname.startsWith('/portal/')) return 'portal'
  if (pathname === '/clinic' || pathname.startsWith('/clinic/')) return 'clinic'
  return 'site'
}

/** Where Payload's code editor fetches Monaco from (@payloadcms/ui's loader configuration). */
const MONACO_CDN = 'https://cdn.jsdelivr.net'

type PolicyOptions = { nonce?: string; https: boolean; development: boolean }

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

export function contentSecurityPolicy(area: Area, { nonce, https, development }: PolicyOptions): string {
  if (area === 'api') return serialise({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"] })

  // React rebuilds server error stacks with eval in development only; the dev server's updates use a websocket.
  const devScript = development ? ["'unsafe-eval'"] : []
  const script =
    area === 'site' ? ["'self'", "'unsafe-inline'", ...devScript] : ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...devScript]
  const admin = area === 'admin'
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': admin ? [...script, MONACO_CDN] : script,
    'script-src-attr': ["'none'"],
    // Inline style attributes (charts, the signature pad, Payload's admin) are not script: allowed.
    'style-src': admin ? ["'self'", "'unsafe-inline'", MONACO_CDN] : ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': admin ? ["'self'", 'data:', MONACO_CDN] : ["'self'"],
    'connect-src': development ? ["'self'", 'ws:', 'wss:'] : ["'self'"],
    'worker-src': admin ? ["'self'", 'blob:'] : ["'self'"],
    'manifest-src': ["'self'"],
    'frame-src': admin ? ["'self'"] : ["'none'"],
    'frame-ancestors': area === 'site' ? ["'self'"] : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
  }
  if (https) directives['upgrade-insecure-requests'] = []
  return serialise(directives)
}

/** The older header for the same rule, for browsers without frame-ancestors. */
export function frameOptions(area: Area): 'SAMEORIGIN' | 'DENY' {
  return area === 'site' ? 'SAMEORIGIN' : 'DENY'
}

/** Two years, every subdomain: sent only on a response that travelled over https. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains'

/** API paths whose GET answers published content only, the same for every caller. */
const PUBLIC_CONTENT = new Set(['procedures', 'conditions', 'faqs', 'pages', 'instructions', 'media', 'globals/site-settings'])

/** Kept by no browser or proxy; `private` as well for caches that ignore no-store. */
export const NOT_STORED = 'private, no-store'

/**
 * Every API answer may carry patient or staff data and must not be kept by a browser or proxy, except
 * public content read without drafts: `/api/<public collection>`, one of its documents, a media file.
 */
export function mayBeStored(method: string, pathname: string, searchParams: URLSearchParams): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  if (searchParams.get('draft') === 'true') return false
  const [, api, first, second, third] = pathname.split('/')
  if (api !== 'api' || !first) return false
  if (first === 'globals') return third === undefined && PUBLIC_CONTENT.has(`globals/${second}`)
  if (!PUBLIC_CONTENT.has(first)) return false
  if (second === undefined) return true
  if (second === 'file') return first === 'media'
  return third === undefined && /^\d+$/.test(second)
}

type ResponseContext = { method: string; pathname: string; searchParams: URLSearchParams; https: boolean; nonce?: string; development: boolean }

/**
 * Every security header of one response: what `proxy.ts` sets, and what a route the proxy skips (the
 * diary autosave, app/(payload)/api/diaries/[appointmentId]/entries) sets itself.
 */
export function securityHeadersFor({ method, pathname, searchParams, https, nonce, development }: ResponseContext): Record<string, string> {
  const area = areaOf(pathname)
  return {
    'Content-Security-Policy': contentSecurityPolicy(area, { nonce, https, development }),
    'X-Frame-Options': frameOptions(area),
    ...(https ? { 'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY } : {}),
    ...(area === 'api' && !mayBeStored(method, pathname, searchParams) ? { 'Cache-Control': NOT_STORED } : {}),
  }
}
