import { describe, expect, it } from 'vitest'

import { servedOverHttps } from '@/payload/http/https'
import { brokenBound, MAX_DEPTH, MAX_LIMIT } from '@/payload/http/requestBounds'
import { areaOf, contentSecurityPolicy, mayBeStored, securityHeadersFor } from '@/payload/http/securityHeaders'

describe('areas', () => {
  it.each([
    ['/', 'site'],
    ['/procedures/medial-branch-block', 'site'],
    ['/portalish', 'site'],
    ['/portal', 'portal'],
    ['/portal/sign-in', 'portal'],
    ['/clinic/diaries/4', 'clinic'],
    ['/admin', 'admin'],
    ['/api/auth/session', 'api'],
  ])('%s is %s', (path, area) => expect(areaOf(path)).toBe(area))
})

describe('Content-Security-Policy', () => {
  const production = { https: false, development: false }

  it('nonce areas carry the nonce and no inline permission; the site no nonce', () => {
    const portal = contentSecurityPolicy('portal', { ...production, nonce: 'abc' })
    expect(portal).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';")
    expect(portal).not.toContain('unsafe-inline\'; script-src-attr')
    expect(contentSecurityPolicy('site', production)).toContain("script-src 'self' 'unsafe-inline';")
    expect(contentSecurityPolicy('site', production)).not.toContain('nonce')
  })

  it('never allows eval in production, only in development', () => {
    for (const area of ['site', 'portal', 'clinic', 'admin'] as const) {
      expect(contentSecurityPolicy(area, { ...production, nonce: 'n' })).not.toContain('unsafe-eval')
      expect(contentSecurityPolicy(area, { https: false, development: true, nonce: 'n' })).toContain('unsafe-eval')
    }
  })

  it('upgrades insecure requests only over https', () => {
    expect(contentSecurityPolicy('site', production)).not.toContain('upgrade-insecure-requests')
    expect(contentSecurityPolicy('site', { ...production, https: true })).toMatch(/upgrade-insecure-requests$/)
  })
})

describe('what the API lets caches keep', () => {
  const none = new URLSearchParams()
  it.each([
    ['GET', '/api/procedures', none, true],
    ['GET', '/api/conditions/3', none, true],
    ['GET', '/api/media/file/x.png', none, true],
    ['GET', '/api/globals/site-settings', none, true],
    ['GET', '/api/procedures', new URLSearchParams('draft=true'), false],
    ['GET', '/api/procedures/versions', none, false],
    ['GET', '/api/consent-pdfs/file/x.pdf', none, false],
    ['GET', '/api/patients', none, false],
    ['GET', '/api/users/me', none, false],
    ['GET', '/api/globals/block-analysis-settings', none, false],
    ['POST', '/api/procedures', none, false],
  ] as const)('%s %s', (method, path, query, expected) => expect(mayBeStored(method, path, query)).toBe(expected))
})

describe('https', () => {
  const headers = (proto?: string) => new Headers(proto ? { 'x-forwarded-proto': proto } : {})
  it('trusts the public address', () => {
    expect(servedOverHttps(headers(), { publicUrl: 'https://clinic.example', trustedProxyHops: 0 })).toBe(true)
  })
  it('ignores a client-written X-Forwarded-Proto without a trusted proxy', () => {
    expect(servedOverHttps(headers('https'), { publicUrl: 'http://localhost:3000', trustedProxyHops: 0 })).toBe(false)
  })
  it('reads the scheme the trusted proxy appended', () => {
    const local = { publicUrl: 'http://localhost:3000', trustedProxyHops: 1 }
    expect(servedOverHttps(headers('https'), local)).toBe(true)
    expect(servedOverHttps(headers('https, http'), local)).toBe(false)
    expect(servedOverHttps(headers('http, https'), { ...local, trustedProxyHops: 2 })).toBe(false)
    expect(servedOverHttps(headers('https, http'), { ...local, trustedProxyHops: 2 })).toBe(true)
    expect(servedOverHttps(headers(), local)).toBe(false)
  })
})

describe('request bounds', () => {
  it('accepts what is within them, in strings (query) or numbers (JSON body)', () => {
    expect(brokenBound({})).toBeNull()
    expect(brokenBound({ depth: String(MAX_DEPTH), limit: String(MAX_LIMIT), page: '3', pagination: 'true' })).toBeNull()
    expect(brokenBound({ depth: 0, limit: 1 })).toBeNull()
    expect(brokenBound({ joins: { pdf: { limit: '5' } } })).toBeNull()
    expect(brokenBound({ joins: 'false' })).toBeNull()
    expect(brokenBound({ where: { title: { like: 'a' } }, sort: '-createdAt' })).toBeNull()
  })

  it.each([
    [{ depth: String(MAX_DEPTH + 1) }, /depth must be a whole number from 0 to 2/],
    [{ depth: 'deep' }, /depth/],
    [{ depth: ['1', '2'] }, /depth/],
    [{ limit: '0' }, /limit must be a whole number from 1 to 100/],
    [{ limit: String(MAX_LIMIT + 1) }, /limit/],
    [{ page: '-1' }, /page/],
    [{ page: '2.5' }, /page/],
    [{ pagination: 'false' }, /pagination cannot be switched off/],
    [{ joins: { pdf: { limit: '0' } } }, /limit/],
  ])('refuses %j', (query, message) => expect(brokenBound(query)).toMatch(message))
})

describe('every header of one response', () => {
  const autosave = { method: 'POST', pathname: '/api/diaries/12/entries', searchParams: new URLSearchParams(), development: false }

  it('an API write: the data-only policy, no framing, never stored; HSTS only over https', () => {
    expect(securityHeadersFor({ ...autosave, https: false })).toEqual({
      'Content-Security-Policy': contentSecurityPolicy('api', { https: false, development: false }),
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'private, no-store',
    })
    expect(securityHeadersFor({ ...autosave, https: true })['Strict-Transport-Security']).toMatch(/max-age=\d+/)
  })

  it('a public page: its fixed policy, framed by the site itself, and no caching rule of its own', () => {
    const headers = securityHeadersFor({ method: 'GET', pathname: '/faq', searchParams: new URLSearchParams(), https: false, development: false })
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN')
    expect(headers['Cache-Control']).toBeUndefined()
  })
})
