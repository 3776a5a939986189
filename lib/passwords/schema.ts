import { z } from '../zod'
import { isCommonPassword } from './common'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 200

export const PASSWORD_MESSAGES = Object.freeze({
  tooShort: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
  tooLong: `Use at most ${MAX_PASSWORD_LENGTH} characters.`,
  tooCommon: 'This password is too common. Choose something harder to guess.',
  mismatch: 'The two passwords do not match.',
  missing: 'Enter a password.',
})

/** Length in characters as a person counts them (an emoji is one), not UTF-16 units. */
function characterCount(text: string): number {
  return Array.from(text).length
}

/**
 * A new password: 12 to 200 characters, not on the common-password list (case-insensitive).
 * Not trimmed: spaces are allowed and count. Reports only the first problem.
 */
export const passwordSchema = z
  .string({ error: PASSWORD_MESSAGES.missing })
  .refine((password) => characterCount(password) >= MIN_PASSWORD_LENGTH, { error: PASSWORD_MESSAGES.tooShort, abort: true })
  .refine((password) => characterCount(password) <= MAX_PASSWORD_LENGTH, { error: PASSWORD_MESSAGES.tooLong, abort: true })
  .refine((password) => !isCommonPassword(password), { error: PASSWORD_MESSAGES.tooCommon })

/** The "choose a password" form: the password twice. The mismatch is reported on `confirmPassword`. */
export const choosePasswordSchema = z
  .object({
    password: passwordSchema,
    confirmPassword: z.string({ error: 'Enter the password again.' }),
  })
  .refine((form) => form.password === form.confirmPassword, {
    error: PASSWORD_MESSAGES.mismatch,
    path: ['confirmPassword'],
  })

export type ChoosePasswordForm = z.output<typeof choosePasswordSchema>
