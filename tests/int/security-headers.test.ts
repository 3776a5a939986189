import { describe, expect, it } from 'vitest'

import { request, signInStaff } from './helpers/http'

/** The headers each area sends: a Content-Security-Policy everywhere, frames refused, patient data never cached. */
function directives(policy: string | null): Map<string, string> {
  const map = new Map<string, string>()
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) map.set(name, values.join(' '))
  }
  return map
}

function nonceOf(policy: string | null): string | null {
  return directives(policy).get('script-src')?.match(/'nonce-([^']+)'/)?.[1] ?? null
}

describe('Content-Security-Policy', () => {
  it('the public site: one fixed policy (the pages stay static), no plugins, framed only by the admin live preview', async () => {
    for (const path of ['/', '/procedures/medial-branch-block', '/faq', '/no-such-page']) {
      const { headers } = await request(path)
      const policy = directives(headers.get('content-security-policy'))
      expect(policy.get('default-src'), path).toBe("'self'")
      expect(policy.get('script-src')).toBe("'self' 'unsafe-inline'")
      expect(policy.get('object-src')).toBe("'none'")
      expect(policy.get('base-uri')).toBe("'none'")
      expect(policy.get('form-action')).toBe("'self'")
      expect(policy.get('frame-ancestors')).toBe("'self'")
      expect(headers.get('set-cookie')).toBeNull()
    }
    const first = await request('/procedures/medial-branch-block')
    const second = await request('/procedures/medial-branch-block')
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(first.headers.get('content-security-policy')).toBe(second.headers.get('content-security-policy'))
  })

  it.each(['/portal/sign-in', '/portal/forgot-password'])('%s: a fresh nonce on every response, carried by every script', async (path) => {
    const first = await request(path)
    const second = await request(path)
    expect(first.status).toBe(200)
    const nonce = nonceOf(first.headers.get('content-security-policy'))
    expect(nonce).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/)
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonce)

    const policy = directives(first.headers.get('content-security-policy'))
    expect(policy.get('script-src')).not.toContain('unsafe-inline')
    expect(policy.get('script-src')).toContain("'strict-dynamic'")
    expect(policy.get('frame-ancestors')).toBe("'none'")
    expect(policy.get('object-src')).toBe("'none'")

    const scripts = [...first.text.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) if (!/type="application\/(ld\+)?json"/.test(tag)) expect(tag).toContain(`nonce="${nonce}"`)
  })

  it('the clinic workspace and /admin carry a nonce policy and refuse every frame', async () => {
    for (const path of ['/clinic', '/admin/login']) {
      const { headers } = await request(path)
      const policy = directives(headers.get('content-security-policy'))
      expect(nonceOf(headers.get('content-security-policy')), path).not.toBeNull()
      expect(policy.get('frame-ancestors'), path).toBe("'none'")
      expect(headers.get('x-frame-options'), path).toBe('DENY')
    }
  })

  it('the admin may frame the public site for live preview, nothing else', async () => {
    const admin = directives((await request('/admin/login')).headers.get('content-security-policy'))
    expect(admin.get('frame-src')).toBe("'self'")
    const portal = directives((await request('/portal/sign-in')).headers.get('content-security-policy'))
    expect(portal.get('frame-src')).toBe("'none'")
  })

  it('API answers are data, never a document', async () => {
    const { headers } = await request('/api/procedures?limit=1&depth=0')
    const policy = directives(headers.get('content-security-policy'))
    expect(policy.get('default-src')).toBe("'none'")
    expect(policy.get('frame-ancestors')).toBe("'none'")
  })
})

describe('Cache-Control on the API', () => {
  it('no-store on everything that can carry patient or staff data, whoever asks', async () => {
    const specialist = await signInStaff('specialist')
    const responses = await Promise.all([
      request('/api/patients?limit=1', { token: specialist }),
      request('/api/appointments?limit=1', { token: specialist }),
      request('/api/users/me', { token: specialist }),
      request('/api/patients?limit=1'),
      request('/api/consents/versions'),
      request('/api/auth/session'),
      request('/api/users/login', { method: 'POST', body: { email: 'nobody@example.com', password: 'wrong password' } }),
    ])
    for (const response of responses) expect(response.headers.get('cache-control')).toMatch(/no-store/)
  })

  it('public content reads stay cacheable', async () => {
    const { status, headers } = await request('/api/procedures?limit=1&depth=0')
    expect(status).toBe(200)
    expect(headers.get('cache-control') ?? '').not.toMatch(/no-store/)
  })
})

describe('HTTPS-only headers', () => {
  // The shared test server trusts one proxy (the tests play it); tests/int/forwarded-addresses.test.ts
  // checks that a server with no trusted proxy ignores a client's own X-Forwarded-Proto.
  it('no HSTS over plain http; HSTS when the trusted proxy says the browser came over https', async () => {
    expect((await request('/')).headers.get('strict-transport-security')).toBeNull()
    const viaProxy = await request('/', { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
  })
})
