/**
 * The signing form's schema: `consentSubmissionSchema` plus the name on the patient's record. Pure
 * (no server imports): the portal form validates with it, and the server applies it again.
 */
import { namesMatch } from './names'
import { consentSubmissionSchema } from './schema'

export const NAME_MISMATCH =
  'The name you typed does not match the name the clinic has for you. Type your full name as it is shown on this page.'

export function signingSubmissionSchema(nameOnRecord: string) {
  return consentSubmissionSchema.refine((submission) => namesMatch(submission.typedName, nameOnRecord), {
    message: NAME_MISMATCH,
    path: ['typedName'],
    // Also when other fields are still wrong, so the patient hears about every problem at once.
    when: ({ value, issues }) =>
      typeof (value as { typedName?: unknown } | null)?.typedName === 'string' && !issues.some((issue) => issue.path?.[0] === 'typedName'),
  })
}
