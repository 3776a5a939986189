import { DEFAULT_LOCALE, type Locale } from '../i18n/config'
import { translatorFor } from '../i18n/translate'
import { z } from '../zod'
import { isCommonPassword } from './common'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 200

/** The schema's messages in the patient's language, from the catalogue (lib/i18n). */
export function passwordMessagesFor(locale: Locale) {
  const t = translatorFor(locale)
  return Object.freeze({
    tooShort: t('passwords.tooShort', { min: MIN_PASSWORD_LENGTH }),
    tooLong: t('passwords.tooLong', { max: MAX_PASSWORD_LENGTH }),
    tooCommon: t('passwords.tooCommon'),
    mismatch: t('passwords.mismatch'),
    missing: t('passwords.missing'),
    missingAgain: t('passwords.missingAgain'),
  })
}

export const PASSWORD_MESSAGES = passwordMessagesFor(DEFAULT_LOCALE)

/** Length in characters as a person counts them (an emoji is one), not UTF-16 units. */
function characterCount(text: string): number {
  return Array.from(text).length
}

/**
 * A new password: 12 to 200 characters, not on the common-password list (case-insensitive).
 * Not trimmed: spaces are allowed and count. Reports only the first problem.
 */
export function passwordSchemaFor(locale: Locale) {
  const messages = passwordMessagesFor(locale)
  return z
    .string({ error: messages.missing })
    .refine((password) => characterCount(password) >= MIN_PASSWORD_LENGTH, { error: messages.tooShort, abort: true })
    .refine((password) => characterCount(password) <= MAX_PASSWORD_LENGTH, { error: messages.tooLong, abort: true })
    .refine((password) => !isCommonPassword(password), { error: messages.tooCommon })
}

/**
 * The "choose a password" form: the password twice. The mismatch is reported on `confirmPassword`.
 * The browser and the server check with the same schema, in the patient's language.
 */
export function choosePasswordSchemaFor(locale: Locale) {
  const messages = passwordMessagesFor(locale)
  return z
    .object({
      password: passwordSchemaFor(locale),
      confirmPassword: z.string({ error: messages.missingAgain }),
    })
    .refine((form) => form.password === form.confirmPassword, {
      error: messages.mismatch,
      path: ['confirmPassword'],
    })
}

export const passwordSchema = passwordSchemaFor(DEFAULT_LOCALE)
export const choosePasswordSchema = choosePasswordSchemaFor(DEFAULT_LOCALE)

export type ChoosePasswordForm = z.output<typeof choosePasswordSchema>
