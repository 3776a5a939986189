import { z } from 'zod'

import { SIGN_IN_CODE_PROBLEMS } from './problems'
import { looksLikeRecoveryCode } from './recoveryCodes'
import { totpCodeSchema } from './totp'

const recoveryCodeSchema = z
  .string({ error: 'Enter one of your recovery codes.' })
  .max(40, 'A recovery code has 12 letters and digits, like 7kq2-mz9c-04rd.')
  .refine(looksLikeRecoveryCode, 'A recovery code has 12 letters and digits, like 7kq2-mz9c-04rd.')

/** Body of the second step: a code from the app, or one of the recovery codes (exactly one). */
export const secondStepSchema = z
  .object({ code: totpCodeSchema.optional(), recoveryCode: recoveryCodeSchema.optional() })
  .strict()
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), {
    message: 'Send either `code` (the 6 digits from your authenticator app) or `recoveryCode`, not both.',
  })

const EITHER_CODE_MESSAGE = SIGN_IN_CODE_PROBLEMS.eitherCode

/**
 * One field for either kind of code (the portal asks in a single box): six digits are an app code,
 * twelve letters and digits a recovery code. Gives the same shape as `secondStepSchema`.
 */
export const eitherCodeSchema = z
  .string({ error: EITHER_CODE_MESSAGE })
  .max(40, EITHER_CODE_MESSAGE)
  .transform((value, context): SecondStepInput => {
    const digits = value.replace(/[\s-]/g, '')
    if (/^\d{6}$/.test(digits)) return { code: digits }
    if (looksLikeRecoveryCode(value)) return { recoveryCode: value }
    context.addIssue({ code: 'custom', message: EITHER_CODE_MESSAGE })
    return z.NEVER
  })

/** Body that confirms an enrolment: the first code the app shows. */
export const enrolmentConfirmationSchema = z.object({ code: totpCodeSchema }).strict()

export type SecondStepInput = z.infer<typeof secondStepSchema>

/** The first problem, in words, for a 400 response. */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'The request is not valid.'
}
