import { describe, expect, it } from 'vitest'

import { clientIp, withPeerAppended } from '@/payload/http/clientIp'

/** The header as the app's server hands it to Next.js: what arrived, then the socket's peer. */
const asServed = (arrived: string | undefined, peer: string) => new Headers({ 'x-forwarded-for': withPeerAppended(arrived, peer) })

describe('clientIp', () => {
  it('without a proxy, takes the socket address, never what the client wrote', () => {
    expect(clientIp(asServed(undefined, '198.51.100.4'), 0)).toBe('198.51.100.4')
    expect(clientIp(asServed('6.6.6.6', '198.51.100.4'), 0)).toBe('198.51.100.4')
    expect(clientIp(asServed('6.6.6.6, 7.7.7.7', '::ffff:198.51.100.4'), 0)).toBe('198.51.100.4')
  })

  it('behind one proxy, takes the address that proxy appended, not what the client wrote before it', () => {
    expect(clientIp(asServed('6.6.6.6, 203.0.113.9', '10.0.0.1'), 1)).toBe('203.0.113.9')
    expect(clientIp(asServed('203.0.113.9', '10.0.0.1'), 1)).toBe('203.0.113.9')
  })

  it('behind two proxies, takes the address the outer proxy appended', () => {
    expect(clientIp(asServed('6.6.6.6, 203.0.113.9, 10.0.0.2', '10.0.0.1'), 2)).toBe('203.0.113.9')
  })

  it('never reaches past the start of a short chain, and trusts no x-real-ip a client wrote', () => {
    expect(clientIp(asServed(undefined, '10.0.0.1'), 3)).toBe('10.0.0.1')
    expect(clientIp(new Headers({ 'x-real-ip': '192.0.2.1' }), 0)).toBeNull()
    expect(clientIp(new Headers(), 0)).toBeNull()
  })

  it('treats an invalid hop count as no proxy', () => {
    expect(clientIp(asServed('6.6.6.6', '198.51.100.4'), Number('two'))).toBe('198.51.100.4')
  })
})
