import { z } from '../zod'

/**
 * Outcome instruments as data: the shape a CMS collection can hold, the zod schemas that check a
 * definition and an answer set, and the two freely usable instruments the portal ships (PEG, PGIC).
 * Rules and sources in README.md beside this file.
 */

export const SCORING_RULES = ['sum', 'mean', 'per-item'] as const
export type ScoringRule = (typeof SCORING_RULES)[number]

/** Which way is better on the instrument's score (PEG: lower pain is better). */
export const BETTER_DIRECTIONS = ['lower', 'higher'] as const
export type BetterDirection = (typeof BETTER_DIRECTIONS)[number]

/** Default of rule 3: a 30% reduction of the PEG score from baseline is a meaningful improvement. */
export const DEFAULT_IMPROVEMENT_THRESHOLD_PERCENT = 30

export interface NumericScale {
  kind: 'numeric'
  min: number
  max: number
  /** What the ends of the scale mean, e.g. "no pain" / "pain as bad as you can imagine". */
  minLabel: string
  maxLabel: string
}

export interface ScaleOption {
  value: number
  label: string
}

export interface OptionsScale {
  kind: 'options'
  options: ScaleOption[]
}

export type AnswerScale = NumericScale | OptionsScale

export interface InstrumentItem {
  /** Stable key of the item in answer sets and exports (lower-case letters, digits, '-'). */
  id: string
  /** The question as the patient reads it. */
  text: string
  /** A few words for summaries and charts, e.g. "pain on average". */
  shortLabel: string
  required: boolean
  scale: AnswerScale
}

/**
 * When a follow-up counts as a meaningful improvement (rule 3):
 * - `change-from-baseline`: the score moved towards better by at least `thresholdPercent` of the baseline;
 * - `answer-in`: the answer to `itemId` is one of `values` (PGIC: much or very much improved).
 */
export type ImprovementRule =
  | { rule: 'change-from-baseline'; thresholdPercent: number }
  | { rule: 'answer-in'; itemId: string; values: number[] }

export interface Instrument {
  /** Stable key (lower-case letters, digits, '-'), e.g. 'peg'. */
  id: string
  name: string
  shortName: string
  /** What the score measures, for the patient's summary: "Your <scoreLabel> is down from 7 to 3". */
  scoreLabel: string
  items: InstrumentItem[]
  scoring: { rule: ScoringRule; decimals: number }
  better: BetterDirection
  improvement: ImprovementRule
  source: string
  licence: string
}

// ---------------------------------------------------------------------------------------------
// Definition schema

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/
const KEY_MESSAGE = 'Use 1 to 40 lower-case letters, digits or dashes, starting with a letter or digit.'

const keySchema = (what: string) =>
  z.string({ error: `${what} is required.` }).regex(KEY_PATTERN, `${what}: ${KEY_MESSAGE}`)

const textSchema = (what: string, max: number) =>
  z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, `${what} is required.`)
    .max(max, `${what} must be ${max} characters or fewer.`)

const scaleValueSchema = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .int(`${what} must be a whole number.`)
    .min(-1000, `${what} must be -1000 or more.`)
    .max(1000, `${what} must be 1000 or less.`)

const numericScaleSchema = z
  .object({
    kind: z.literal('numeric'),
    min: scaleValueSchema('The lowest value'),
    max: scaleValueSchema('The highest value'),
    minLabel: textSchema('The meaning of the lowest value', 120),
    maxLabel: textSchema('The meaning of the highest value', 120),
  })
  .refine((scale) => scale.max > scale.min, { message: 'The highest value must be above the lowest.', path: ['max'] })

const optionsScaleSchema = z.object({
  kind: z.literal('options'),
  options: z
    .array(z.object({ value: scaleValueSchema('An option value'), label: textSchema('An option label', 120) }))
    .min(2, 'A scale of options needs at least 2 options.')
    .max(20, 'A scale of options may have at most 20 options.')
    .refine((options) => new Set(options.map((option) => option.value)).size === options.length, {
      message: 'Two options have the same value.',
    }),
})

const itemSchema = z.object({
  id: keySchema('Item id'),
  text: textSchema('Item text', 500),
  shortLabel: textSchema('Item short label', 60),
  required: z.boolean({ error: 'Say whether the item is required.' }).default(true),
  scale: z.discriminatedUnion('kind', [numericScaleSchema, optionsScaleSchema], {
    error: 'The answer scale must be "numeric" or "options".',
  }),
})

const improvementSchema = z.discriminatedUnion(
  'rule',
  [
    z.object({
      rule: z.literal('change-from-baseline'),
      thresholdPercent: z
        .number({ error: 'The improvement threshold must be a number.' })
        .gt(0, 'The improvement threshold must be above 0%.')
        .max(100, 'The improvement threshold cannot exceed 100%.')
        .default(DEFAULT_IMPROVEMENT_THRESHOLD_PERCENT),
    }),
    z.object({
      rule: z.literal('answer-in'),
      itemId: keySchema('Improvement item id'),
      values: z.array(scaleValueSchema('An improvement value')).min(1, 'List at least one answer that counts as improved.'),
    }),
  ],
  { error: 'The improvement rule must be "change-from-baseline" or "answer-in".' },
)

/** Validates an instrument definition, e.g. one entered in the CMS. Unknown keys are stripped. */
export const instrumentSchema = z
  .object({
    id: keySchema('Instrument id'),
    name: textSchema('Instrument name', 200),
    shortName: textSchema('Short name', 40),
    scoreLabel: textSchema('Score label', 80),
    items: z.array(itemSchema).min(1, 'An instrument needs at least one item.').max(100, 'At most 100 items.'),
    scoring: z.object({
      rule: z.enum(SCORING_RULES, { error: 'The scoring rule must be sum, mean or per-item.' }),
      decimals: z
        .number({ error: 'Decimals must be a number.' })
        .int('Decimals must be a whole number.')
        .min(0, 'Decimals cannot be negative.')
        .max(3, 'At most 3 decimals.')
        .default(1),
    }),
    better: z.enum(BETTER_DIRECTIONS, { error: 'Say whether lower or higher scores are better.' }),
    improvement: improvementSchema,
    source: textSchema('Source', 500),
    licence: textSchema('Licence note', 500),
  })
  .superRefine((instrument, context) => {
    const ids = instrument.items.map((item) => item.id)
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index)
    if (duplicate) context.addIssue({ code: 'custom', path: ['items'], message: `Two items have the id "${duplicate}".` })
    const summed = instrument.scoring.rule !== 'per-item'
    if (summed && instrument.items.some((item) => !item.required)) {
      context.addIssue({
        code: 'custom',
        path: ['items'],
        message: 'Every item must be required when the items are summed or averaged.',
      })
    }
    if (instrument.improvement.rule === 'answer-in') {
      const { itemId, values } = instrument.improvement
      const item = instrument.items.find((candidate) => candidate.id === itemId)
      if (!item) {
        context.addIssue({ code: 'custom', path: ['improvement', 'itemId'], message: `No item has the id "${itemId}".` })
      } else if (values.some((value) => !isOnScale(item.scale, value))) {
        context.addIssue({
          code: 'custom',
          path: ['improvement', 'values'],
          message: `An improvement value is not on the scale of "${item.shortLabel}".`,
        })
      }
    }
    if (instrument.improvement.rule === 'change-from-baseline' && !summed) {
      context.addIssue({
        code: 'custom',
        path: ['improvement'],
        message: 'Change from baseline needs one total score: use sum or mean scoring.',
      })
    }
  }) satisfies z.ZodType<Instrument>

export type InstrumentInput = z.input<typeof instrumentSchema>

/** Parses an instrument or throws an Error listing every problem in plain words. */
export function parseInstrument(input: unknown): Instrument {
  const result = instrumentSchema.safeParse(input)
  if (result.success) return result.data
  throw new Error(`Invalid instrument: ${result.error.issues.map((issue) => issue.message).join(' ')}`)
}

// ---------------------------------------------------------------------------------------------
// Answer sets

/** A patient's answers to one instrument: item id -> value on the item's scale. */
export type AnswerSet = Record<string, number>

export function isOnScale(scale: AnswerScale, value: number): boolean {
  if (!Number.isInteger(value)) return false
  if (scale.kind === 'numeric') return value >= scale.min && value <= scale.max
  return scale.options.some((option) => option.value === value)
}

function scaleHint(scale: AnswerScale): string {
  if (scale.kind === 'numeric') return `a whole number from ${scale.min} to ${scale.max}`
  return `one of the offered answers`
}

/**
 * Validates an answer set against `instrument`: every required item answered, each value on its
 * item's scale, no unknown items. Messages name the item as the patient reads it. Unanswered
 * optional items (absent or null) are left out of the result.
 */
export function answerSetSchema(instrument: Instrument) {
  const itemsById = new Map(instrument.items.map((item) => [item.id, item]))
  return z
    .record(z.string(), z.unknown(), { error: 'The answers must be a list of item answers.' })
    .transform((answers, context): AnswerSet => {
      const result: AnswerSet = {}
      for (const key of Object.keys(answers)) {
        if (!itemsById.has(key)) {
          context.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a question of ${instrument.shortName}.` })
        }
      }
      for (const item of instrument.items) {
        const value = answers[item.id]
        if (value === undefined || value === null) {
          if (item.required) context.addIssue({ code: 'custom', path: [item.id], message: `Answer "${item.shortLabel}".` })
          continue
        }
        if (typeof value !== 'number' || !isOnScale(item.scale, value)) {
          context.addIssue({
            code: 'custom',
            path: [item.id],
            message: `The answer to "${item.shortLabel}" must be ${scaleHint(item.scale)}.`,
          })
          continue
        }
        result[item.id] = value
      }
      return result
    })
}

/** Parses an answer set or throws an Error listing every problem in plain words. */
export function parseAnswerSet(instrument: Instrument, input: unknown): AnswerSet {
  const result = answerSetSchema(instrument).safeParse(input)
  if (result.success) return result.data
  throw new Error(`Invalid answers: ${result.error.issues.map((issue) => issue.message).join(' ')}`)
}

// ---------------------------------------------------------------------------------------------
// Shipped instruments (wording our own; see README.md for sources and licences)

function zeroToTen(minLabel: string, maxLabel: string): NumericScale {
  return { kind: 'numeric', min: 0, max: 10, minLabel, maxLabel }
}

function frozenInstrument(input: InstrumentInput): Readonly<Instrument> {
  return Object.freeze(parseInstrument(input))
}

/** PEG: Pain average, interference with Enjoyment of life, interference with General activity. */
export const PEG_INSTRUMENT = frozenInstrument({
  id: 'peg',
  name: 'PEG three-item pain scale',
  shortName: 'PEG',
  scoreLabel: 'pain score (PEG)',
  items: [
    {
      id: 'pain-average',
      text: 'Over the past week, how bad has your pain been on average?',
      shortLabel: 'pain on average',
      scale: zeroToTen('no pain', 'as bad as you can imagine'),
    },
    {
      id: 'enjoyment',
      text: 'Over the past week, how much has pain got in the way of enjoying life?',
      shortLabel: 'pain getting in the way of enjoying life',
      scale: zeroToTen('not at all', 'completely'),
    },
    {
      id: 'general-activity',
      text: 'Over the past week, how much has pain got in the way of your everyday activities?',
      shortLabel: 'pain getting in the way of everyday activities',
      scale: zeroToTen('not at all', 'completely'),
    },
  ],
  scoring: { rule: 'mean', decimals: 1 },
  better: 'lower',
  improvement: { rule: 'change-from-baseline', thresholdPercent: DEFAULT_IMPROVEMENT_THRESHOLD_PERCENT },
  source:
    'Krebs EE et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med 2009;24:733-738.',
  licence: 'Free to use; no licence needed. Questions reworded by the clinic.',
})

/** PGIC: one question, seven answers; 1 = very much improved ... 7 = very much worse. */
export const PGIC_INSTRUMENT = frozenInstrument({
  id: 'pgic',
  name: 'Patient Global Impression of Change',
  shortName: 'PGIC',
  scoreLabel: 'overall change (PGIC)',
  items: [
    {
      id: 'change',
      text: 'Since the ablation, how would you describe the change in your condition overall?',
      shortLabel: 'overall change',
      scale: {
        kind: 'options',
        options: [
          { value: 1, label: 'Very much improved' },
          { value: 2, label: 'Much improved' },
          { value: 3, label: 'A little improved' },
          { value: 4, label: 'No change' },
          { value: 5, label: 'A little worse' },
          { value: 6, label: 'Much worse' },
          { value: 7, label: 'Very much worse' },
        ],
      },
    },
  ],
  scoring: { rule: 'per-item', decimals: 0 },
  better: 'lower',
  improvement: { rule: 'answer-in', itemId: 'change', values: [1, 2] },
  source:
    'Guy W. ECDEU Assessment Manual for Psychopharmacology, 1976 (Clinical Global Impression, improvement item), as a patient-rated question.',
  licence: 'Public domain (US government publication). Wording by the clinic.',
})

export const SHIPPED_INSTRUMENTS: readonly Readonly<Instrument>[] = Object.freeze([PEG_INSTRUMENT, PGIC_INSTRUMENT])

export function findShippedInstrument(id: string): Readonly<Instrument> | undefined {
  return SHIPPED_INSTRUMENTS.find((instrument) => instrument.id === id)
}
