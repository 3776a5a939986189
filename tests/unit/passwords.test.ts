import { dictionary } from '@zxcvbn-ts/language-common'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { choosePasswordSchema, isCommonPassword, passwordSchema } from '@/lib/passwords'

function messages(schema: z.ZodType, input: unknown): string[] {
  return schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []
}

describe('passwordSchema', () => {
  it('accepts a long, uncommon password as typed', () => {
    expect(passwordSchema.parse('  violet kettle harbour 42 ')).toBe('  violet kettle harbour 42 ')
    expect(messages(passwordSchema, 'x'.repeat(200))).toEqual([])
  })

  it('refuses short passwords with one message', () => {
    expect(messages(passwordSchema, 'password')).toEqual(['Use at least 12 characters.'])
    expect(messages(passwordSchema, 'abcdefghijk')).toEqual(['Use at least 12 characters.'])
    expect(messages(passwordSchema, '')).toEqual(['Use at least 12 characters.'])
  })

  it('counts characters, not UTF-16 units', () => {
    expect(messages(passwordSchema, '🔒'.repeat(11))).toEqual(['Use at least 12 characters.'])
    expect(messages(passwordSchema, '🔒'.repeat(12))).toEqual([])
  })

  it('refuses overlong passwords', () => {
    expect(messages(passwordSchema, 'x'.repeat(201))).toEqual(['Use at most 200 characters.'])
  })

  it('refuses common passwords of 12 or more characters, ignoring case', () => {
    const tooCommon = ['This password is too common. Choose something harder to guess.']
    expect(messages(passwordSchema, 'qwerty123456')).toEqual(tooCommon)
    expect(messages(passwordSchema, 'QWERTY123456')).toEqual(tooCommon)
    expect(messages(passwordSchema, '1qaz2wsx3edc')).toEqual(tooCommon)
  })

  it('uses the whole common-password list', () => {
    const list = dictionary['passwords-common']
    expect(list.length).toBeGreaterThan(40_000)
    const longOnes = list.filter((password) => password.length >= 12)
    expect(longOnes.length).toBeGreaterThan(100)
    for (const password of longOnes) expect(isCommonPassword(password.toUpperCase())).toBe(true)
    expect(isCommonPassword('violet kettle harbour 42')).toBe(false)
  })

  it('refuses a missing password', () => {
    expect(messages(passwordSchema, undefined)).toEqual(['Enter a password.'])
  })
})

describe('choosePasswordSchema', () => {
  it('accepts two identical good passwords', () => {
    const form = { password: 'violet kettle harbour', confirmPassword: 'violet kettle harbour' }
    expect(choosePasswordSchema.parse(form)).toEqual(form)
  })

  it('reports a mismatch on the confirmation field', () => {
    const result = choosePasswordSchema.safeParse({ password: 'violet kettle harbour', confirmPassword: 'violet kettle harbor' })
    expect(result.error?.issues).toHaveLength(1)
    expect(result.error?.issues[0]).toMatchObject({ message: 'The two passwords do not match.', path: ['confirmPassword'] })
  })

  it('reports password problems on the password field', () => {
    const result = choosePasswordSchema.safeParse({ password: 'short', confirmPassword: 'short' })
    expect(result.error?.issues[0]).toMatchObject({ message: 'Use at least 12 characters.', path: ['password'] })
  })
})
