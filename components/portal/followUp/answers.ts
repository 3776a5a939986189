import { answerSetSchema, type AnswerSet, type Instrument } from '@/lib/outcomes'

/** The form's field name of an item (radio group). */
export const itemFieldName = (itemId: string) => `item-${itemId}`
/** The id of an item's fieldset: the error summary links to it. */
export const itemFieldsetId = (itemId: string) => `question-${itemId}`

export type AnswerProblems = { message: string; problems: { itemId: string; message: string }[] }

/**
 * The answer set from the form's values: each item's chosen radio as a number; an item left
 * unanswered is absent (the schema then asks for it by name). Anything not a whole number stays as
 * text, so the schema refuses it rather than this function guessing.
 */
export function answersFromForm(instrument: Instrument, read: (name: string) => unknown): Record<string, unknown> {
  const answers: Record<string, unknown> = {}
  for (const item of instrument.items) {
    const raw = read(itemFieldName(item.id))
    if (typeof raw !== 'string' || raw === '') continue
    answers[item.id] = /^-?\d+$/.test(raw) ? Number(raw) : raw
  }
  return answers
}

/** Checks answers with the same schema the collection uses; problems by item, in the questionnaire's order. */
export function checkAnswers(instrument: Instrument, answers: Record<string, unknown>): { ok: true; answers: AnswerSet } | ({ ok: false } & AnswerProblems) {
  const result = answerSetSchema(instrument).safeParse(answers)
  if (result.success) return { ok: true, answers: result.data }
  const order = instrument.items.map((item) => item.id)
  const problems = result.error.issues
    .map((issue) => ({ itemId: String(issue.path[0] ?? ''), message: issue.message }))
    .sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId))
  return { ok: false, message: problems.length === 1 ? 'Check the question marked below.' : `Check the ${problems.length} questions marked below.`, problems }
}
