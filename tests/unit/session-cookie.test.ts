import { encode } from 'next-auth/jwt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readPortalToken, sessionCookieName } from '@/payload/auth/sessionCookie'

const SECRET = 'a test secret of at least thirty-two characters'
const previous = process.env.NEXTAUTH_SECRET

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET
})
afterAll(() => {
  process.env.NEXTAUTH_SECRET = previous
})

function withCookie(value: string) {
  return new Headers({ cookie: `${sessionCookieName()}=${encodeURIComponent(value)}` })
}

describe('readPortalToken', () => {
  it('reads the same cookie the same way again (the second time from its cache)', async () => {
    const cookie = await encode({ token: { sid: 'session-one', patientId: 7 }, secret: SECRET })
    expect((await readPortalToken(withCookie(cookie)))?.sid).toBe('session-one')
    expect((await readPortalToken(withCookie(cookie)))?.sid).toBe('session-one')
  })

  it('refuses an expired token, a forged one, and one sealed with another secret', async () => {
    const expired = await encode({ token: { sid: 'old' }, secret: SECRET, maxAge: -60 })
    expect(await readPortalToken(withCookie(expired))).toBeNull()
    const valid = await encode({ token: { sid: 'session-two' }, secret: SECRET })
    expect(await readPortalToken(withCookie(valid))).not.toBeNull()
    const forged = valid.slice(0, -6) + (valid.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA')
    expect(await readPortalToken(withCookie(forged))).toBeNull()
    const foreign = await encode({ token: { sid: 'session-three' }, secret: 'another secret of at least thirty-two characters' })
    expect(await readPortalToken(withCookie(foreign))).toBeNull()
  })

  it('forgets a token once the secret changes', async () => {
    const cookie = await encode({ token: { sid: 'session-four' }, secret: SECRET })
    expect((await readPortalToken(withCookie(cookie)))?.sid).toBe('session-four')
    process.env.NEXTAUTH_SECRET = 'a rotated secret of at least thirty-two characters'
    try {
      expect(await readPortalToken(withCookie(cookie))).toBeNull()
    } finally {
      process.env.NEXTAUTH_SECRET = SECRET
    }
  })
})
