import { describe, expect, it } from 'vitest'

import {
  checkTotpCode,
  eitherCodeSchema,
  enrolmentConfirmationSchema,
  groupedSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  otpauthUri,
  secondStepSchema,
  totpCodeAt,
  totpStepAt,
  TOTP_PERIOD_SECONDS,
} from '@/lib/second-factor'
import { openSecret, sealSecret } from '@/lib/second-factor/sealing'

// RFC 6238 appendix B: the SHA-1 test secret "12345678901234567890" in Base32, 8-digit code 94287082 at 59 s.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const at = (seconds: number) => new Date(seconds * 1000)

describe('TOTP codes', () => {
  it('match the RFC 6238 test vector (last six digits of 94287082 at T = 59 s)', async () => {
    expect(await totpCodeAt(RFC_SECRET, at(59))).toBe('287082')
    expect(await checkTotpCode({ secret: RFC_SECRET, code: '287082', lastStep: null, now: at(59) })).toEqual({ outcome: 'accepted', step: 1 })
  })

  it('accept one step of clock drift either way and nothing further', async () => {
    const now = at(1_000_000_000)
    const step = totpStepAt(now)
    const codeAtStep = (offset: number) => totpCodeAt(RFC_SECRET, at((step + offset) * TOTP_PERIOD_SECONDS))
    for (const offset of [-1, 0, 1]) {
      expect(await checkTotpCode({ secret: RFC_SECRET, code: await codeAtStep(offset), lastStep: null, now })).toEqual({ outcome: 'accepted', step: step + offset })
    }
    for (const offset of [-3, 3]) {
      expect((await checkTotpCode({ secret: RFC_SECRET, code: await codeAtStep(offset), lastStep: null, now })).outcome).toBe('wrong')
    }
  })

  it('refuse a code whose step is not after the last accepted one (replay)', async () => {
    const now = at(1_000_000_000)
    const code = await totpCodeAt(RFC_SECRET, now)
    const first = await checkTotpCode({ secret: RFC_SECRET, code, lastStep: null, now })
    expect(first.outcome).toBe('accepted')
    const step = (first as { step: number }).step
    expect(await checkTotpCode({ secret: RFC_SECRET, code, lastStep: step, now })).toEqual({ outcome: 'already-used' })
    const next = await totpCodeAt(RFC_SECRET, at(now.getTime() / 1000 + TOTP_PERIOD_SECONDS))
    expect(await checkTotpCode({ secret: RFC_SECRET, code: next, lastStep: step, now })).toEqual({ outcome: 'accepted', step: step + 1 })
  })

  it('treat malformed input as a wrong code, and ignore spaces', async () => {
    const now = at(59)
    expect((await checkTotpCode({ secret: RFC_SECRET, code: 'abcdef', lastStep: null, now })).outcome).toBe('wrong')
    expect((await checkTotpCode({ secret: RFC_SECRET, code: '123', lastStep: null, now })).outcome).toBe('wrong')
    expect((await checkTotpCode({ secret: RFC_SECRET, code: '287 082', lastStep: null, now })).outcome).toBe('accepted')
  })

  it('make a fresh 160-bit Base32 secret and an otpauth address an app can scan', () => {
    const secret = newTotpSecret()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(newTotpSecret()).not.toBe(secret)
    const uri = otpauthUri(secret, 'sam@clinic.example')
    expect(uri).toMatch(/^otpauth:\/\/totp\/Harbour%20Spine%20Clinic:sam%40clinic\.example\?/)
    expect(uri).toContain(`secret=${secret}`)
    expect(groupedSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ')
  })
})

describe('recovery codes', () => {
  it('are ten distinct codes of three groups of four', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) {
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/)
      expect(looksLikeRecoveryCode(code)).toBe(true)
    }
  })

  it('hash the same whatever the case, spacing or look-alike letters', async () => {
    const hash = await hashRecoveryCode('7kq2-mz10-04rd')
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await hashRecoveryCode(' 7KQ2 MZIO 04RD ')).toBe(hash)
    expect(normalizeRecoveryCode('7KQ2-mzlo-O4rd')).toBe('7kq2mz1004rd')
    expect(await hashRecoveryCode('7kq2-mz10-04re')).not.toBe(hash)
    expect(looksLikeRecoveryCode('123456')).toBe(false)
  })
})

describe('sealed TOTP secret', () => {
  const serverSecret = 'a'.repeat(64)

  it('opens with the same server secret only', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', serverSecret)
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP')
    expect(sealSecret('JBSWY3DPEHPK3PXP', serverSecret)).not.toBe(sealed)
    expect(openSecret(sealed, serverSecret)).toBe('JBSWY3DPEHPK3PXP')
    expect(() => openSecret(sealed, 'b'.repeat(64))).toThrow()
  })

  it('refuses a changed value', () => {
    const [version, iv, tag, ciphertext] = sealSecret('JBSWY3DPEHPK3PXP', serverSecret).split('.')
    const flipped = Buffer.from(ciphertext, 'base64url')
    flipped[0] ^= 1
    expect(() => openSecret([version, iv, tag, flipped.toString('base64url')].join('.'), serverSecret)).toThrow()
    expect(() => openSecret('plain-text', serverSecret)).toThrow()
  })
})

describe('request bodies', () => {
  it('take exactly one of code or recoveryCode, with messages staff can act on', () => {
    expect(secondStepSchema.parse({ code: '123 456' })).toEqual({ code: '123456' })
    expect(secondStepSchema.parse({ recoveryCode: '7kq2-mz9c-04rd' })).toEqual({ recoveryCode: '7kq2-mz9c-04rd' })
    expect(secondStepSchema.safeParse({ code: '12345' }).error?.issues[0].message).toBe('Enter the 6-digit code from your authenticator app.')
    expect(secondStepSchema.safeParse({}).success).toBe(false)
    expect(secondStepSchema.safeParse({ code: '123456', recoveryCode: '7kq2-mz9c-04rd' }).success).toBe(false)
    expect(secondStepSchema.safeParse({ code: '123456', extra: 1 }).success).toBe(false)
    expect(enrolmentConfirmationSchema.safeParse({ code: 123456 }).success).toBe(false)
  })
})

describe('one box for either kind of code (patient portal)', () => {
  it('reads six digits as an app code and twelve letters and digits as a recovery code', () => {
    expect(eitherCodeSchema.parse(' 123 456 ')).toEqual({ code: '123456' })
    expect(eitherCodeSchema.parse('7KQ2-MZ9C-04RD')).toEqual({ recoveryCode: '7KQ2-MZ9C-04RD' })
  })

  it('refuses anything else with words a patient understands', () => {
    for (const input of ['12345', '1234567', 'not a code', '', 'x'.repeat(41)]) {
      const result = eitherCodeSchema.safeParse(input)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/6-digit code .* recovery codes/)
    }
    expect(eitherCodeSchema.safeParse(42).success).toBe(false)
  })
})
