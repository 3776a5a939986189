import { z } from '../zod'
import { TIME_OF_DAY_PATTERN } from '../dates'
import { INSTRUCTION_CATEGORIES, INSTRUCTION_PHRASINGS, type InstructionItem, type InstructionTiming } from './types'

const MAX_DAYS_BEFORE = 60
const MAX_HOURS = 72

const timeOfDaySchema = z
  .string({ error: 'Enter a time as HH:MM, for example 07:30.' })
  .regex(TIME_OF_DAY_PATTERN, 'Enter a time as HH:MM on the 24-hour clock, for example 07:30.')

function wholeNumber(label: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${min} to ${max}.`
  return z.number({ error: message }).int(message).min(min, message).max(max, message)
}

/** Validates an instruction's timing, e.g. the CMS field. Unknown keys are stripped. */
export const instructionTimingSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('days-before'),
      days: wholeNumber('Days before', 1, MAX_DAYS_BEFORE),
      time: timeOfDaySchema.optional(),
    }),
    z.object({ kind: z.literal('hours-before'), hours: wholeNumber('Hours before', 1, MAX_HOURS) }),
    z.object({ kind: z.literal('morning-of'), time: timeOfDaySchema.optional() }),
    z.object({ kind: z.literal('at-appointment') }),
    z.object({ kind: z.literal('hours-after'), hours: wholeNumber('Hours after', 1, MAX_HOURS) }),
    z.object({ kind: z.literal('next-morning'), time: timeOfDaySchema.optional() }),
  ],
  { error: 'Choose when this instruction is due.' },
) satisfies z.ZodType<InstructionTiming>

export const instructionItemSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number().int()], { error: 'Instruction id is required.' }),
  title: z.string({ error: 'Title is required.' }).trim().min(1, 'Title is required.').max(200, 'Title is too long.'),
  details: z.string({ error: 'Details must be text.' }).max(5000, 'Details are too long.'),
  category: z.enum(INSTRUCTION_CATEGORIES, { error: 'Choose a category.' }),
  timing: instructionTimingSchema,
  phrasing: z.enum(INSTRUCTION_PHRASINGS, { error: 'Choose how the time reads: by, from, at or on the day.' }).nullish(),
}) satisfies z.ZodType<InstructionItem>

/** Parses a timing or throws an Error listing every problem in plain words. */
export function parseInstructionTiming(input: unknown): InstructionTiming {
  const result = instructionTimingSchema.safeParse(input)
  if (result.success) return result.data
  throw new Error(`Invalid instruction timing: ${result.error.issues.map((issue) => issue.message).join(' ')}`)
}
