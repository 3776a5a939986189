import { z } from '../zod'
import type { CriteriaProfile, ExpectedMinimumHours } from './types'

/**
 * Conservative expected minimum duration of relief per local anaesthetic, in hours.
 * Lidocaine acts for roughly 1-2 hours, bupivacaine for roughly 3-8 hours; the lower ends are used.
 */
export const DEFAULT_EXPECTED_MINIMUM_HOURS: ExpectedMinimumHours = Object.freeze({
  lidocaine: 1,
  bupivacaine: 3,
  other: 1,
})

export const DEFAULT_MINIMUM_ENTRIES = 3

const hoursSchema = z
  .number({ error: 'Expected minimum hours must be a number.' })
  .finite()
  .min(0, 'Expected minimum hours cannot be negative.')
  .max(72, 'Expected minimum hours cannot exceed 72.')

/** Validates a criteria profile, e.g. one edited in the CMS. Unknown keys are stripped. */
export const criteriaProfileSchema = z.object({
  id: z.string().trim().min(1, 'Profile id is required.').max(64, 'Profile id is too long.'),
  name: z.string().trim().min(1, 'Profile name is required.').max(200, 'Profile name is too long.'),
  reliefThresholdPercent: z
    .number({ error: 'Relief threshold must be a number.' })
    .finite()
    .gt(0, 'Relief threshold must be above 0%.')
    .max(100, 'Relief threshold cannot exceed 100%.'),
  blocksRequired: z.union([z.literal(1), z.literal(2)], {
    error: 'Blocks required must be 1 or 2.',
  }),
  durationMustFitAgent: z.boolean({ error: 'Duration must fit agent must be true or false.' }),
  expectedMinimumHours: z
    .object({ lidocaine: hoursSchema, bupivacaine: hoursSchema, other: hoursSchema })
    .default({ ...DEFAULT_EXPECTED_MINIMUM_HOURS }),
  minimumEntries: z
    .number({ error: 'Minimum entries must be a number.' })
    .int('Minimum entries must be a whole number.')
    .min(1, 'Minimum entries must be at least 1.')
    .max(100, 'Minimum entries cannot exceed 100.')
    .default(DEFAULT_MINIMUM_ENTRIES),
}) satisfies z.ZodType<CriteriaProfile>

/** What a caller may pass in: `expectedMinimumHours` and `minimumEntries` may be left out. */
export type CriteriaProfileInput = z.input<typeof criteriaProfileSchema>

/** Parses a profile or throws an Error listing every problem in plain words. */
export function parseCriteriaProfile(input: unknown): CriteriaProfile {
  const result = criteriaProfileSchema.safeParse(input)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => issue.message)
  throw new Error(`Invalid criteria profile: ${problems.join(' ')}`)
}

function frozenProfile(profile: CriteriaProfile): Readonly<CriteriaProfile> {
  return Object.freeze({
    ...profile,
    expectedMinimumHours: Object.freeze({ ...profile.expectedMinimumHours }),
  })
}

/** US Medicare facet LCD: at least 80% relief in each of two blocks, lasting as long as the agent should. */
export const MEDICARE_LCD_PROFILE = frozenProfile({
  id: 'medicare-lcd',
  name: 'Medicare facet LCD',
  reliefThresholdPercent: 80,
  blocksRequired: 2,
  durationMustFitAgent: true,
  expectedMinimumHours: DEFAULT_EXPECTED_MINIMUM_HOURS,
  minimumEntries: DEFAULT_MINIMUM_ENTRIES,
})

/** 2020 multisociety consensus: at least 50% relief in one block; duration not required. */
export const MULTISOCIETY_2020_PROFILE = frozenProfile({
  id: 'multisociety-2020',
  name: '2020 multisociety consensus',
  reliefThresholdPercent: 50,
  blocksRequired: 1,
  durationMustFitAgent: false,
  expectedMinimumHours: DEFAULT_EXPECTED_MINIMUM_HOURS,
  minimumEntries: DEFAULT_MINIMUM_ENTRIES,
})

export const DEFAULT_CRITERIA_PROFILES: readonly Readonly<CriteriaProfile>[] = Object.freeze([
  MEDICARE_LCD_PROFILE,
  MULTISOCIETY_2020_PROFILE,
])

export function findDefaultProfile(id: string): Readonly<CriteriaProfile> | undefined {
  return DEFAULT_CRITERIA_PROFILES.find((profile) => profile.id === id)
}
