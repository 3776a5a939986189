import { describe, expect, it } from 'vitest'

import { clientIp } from '@/payload/http/clientIp'

const forwardedFor = (value: string) => new Headers({ 'x-forwarded-for': value })

describe('clientIp', () => {
  it('behind one proxy, takes the address that proxy appended, not what the client wrote before it', () => {
    expect(clientIp(forwardedFor('6.6.6.6, 203.0.113.9'), 1)).toBe('203.0.113.9')
    expect(clientIp(forwardedFor('203.0.113.9'), 1)).toBe('203.0.113.9')
  })

  it('behind two proxies, takes the address the outer proxy appended', () => {
    expect(clientIp(forwardedFor('6.6.6.6, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9')
  })

  it('without a proxy, takes the single address Next.js filled in', () => {
    expect(clientIp(forwardedFor('198.51.100.4'), 0)).toBe('198.51.100.4')
  })

  it('never reaches past the start of a short chain, and falls back to x-real-ip', () => {
    expect(clientIp(forwardedFor('203.0.113.9'), 3)).toBe('203.0.113.9')
    expect(clientIp(new Headers({ 'x-real-ip': '192.0.2.1' }), 1)).toBe('192.0.2.1')
    expect(clientIp(new Headers(), 0)).toBeNull()
  })
})
