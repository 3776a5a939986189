/**
 * The signing form's schema: `consentSubmissionSchema` plus the name on the patient's record. Pure
 * (no server imports): the portal form validates with it, and the server applies it again.
 */
import { namesMatch } from './names'
import { CONSENT_PROBLEMS } from './problems'
import { consentSubmissionSchema } from './schema'

export const NAME_MISMATCH = CONSENT_PROBLEMS.nameMismatch

export function signingSubmissionSchema(nameOnRecord: string) {
  return consentSubmissionSchema.refine((submission) => namesMatch(submission.typedName, nameOnRecord), {
    message: NAME_MISMATCH,
    path: ['typedName'],
    // Also when other fields are still wrong, so the patient hears about every problem at once.
    when: ({ value, issues }) =>
      typeof (value as { typedName?: unknown } | null)?.typedName === 'string' && !issues.some((issue) => issue.path?.[0] === 'typedName'),
  })
}
