/**
 * Problems that schemas and endpoints word in English (the staff's language, and the audit log's),
 * read by the patient in theirs: each known English message has a `problems.*` catalogue key, and
 * the English catalogue holds exactly these words (tests/unit/i18n.test.ts), so nothing drifts.
 * A message not listed here reaches the patient as it was written.
 */
import { CONSENT_PROBLEMS } from '../consent/problems'
import { DIARY_PROBLEMS } from '../diary/problems'
import { REMINDER_PROBLEMS } from '../reminders/problems'
import { SIGN_IN_CODE_PROBLEMS } from '../second-factor/problems'

export const PROBLEMS = { consent: CONSENT_PROBLEMS, diary: DIARY_PROBLEMS, reminders: REMINDER_PROBLEMS, signInCode: SIGN_IN_CODE_PROBLEMS } as const

type Groups = typeof PROBLEMS
export type ProblemKey = { [G in keyof Groups]: `${G}.${keyof Groups[G] & string}` }[keyof Groups]

const KEY_OF_MESSAGE = new Map<string, ProblemKey>()
for (const [group, messages] of Object.entries(PROBLEMS)) {
  for (const [name, message] of Object.entries(messages)) {
    if (!KEY_OF_MESSAGE.has(message)) KEY_OF_MESSAGE.set(message, `${group}.${name}` as ProblemKey)
  }
}

export function problemKeyOf(message: string): ProblemKey | null {
  return KEY_OF_MESSAGE.get(message) ?? null
}

/** `message` in the reader's language when it is a known problem (`translate` reads `problems.<key>`), else as it is. */
export function problemIn(message: string, translate: (key: ProblemKey) => string): string {
  const key = problemKeyOf(message)
  return key ? translate(key) : message
}
