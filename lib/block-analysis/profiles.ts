import { z } from '../zod'
import type { CriteriaProfile, PerAgent } from './types'

/**
 * Expected minimum duration of relief per local anaesthetic, in hours (rule 5). Lidocaine acts for
 * roughly 1-2 hours, bupivacaine for roughly 3-8 hours (Barnsley and Bogduk's comparative blocks);
 * the lower ends are used.
 */
export const DEFAULT_EXPECTED_MINIMUM_HOURS: PerAgent = Object.freeze({ lidocaine: 1, bupivacaine: 3, other: 1 })

/** Relief documented beyond these hours is more than the agent explains and is flagged (rule 5). */
export const DEFAULT_EXPECTED_MAXIMUM_HOURS: PerAgent = Object.freeze({ lidocaine: 4, bupivacaine: 12, other: 12 })

/** Local anaesthetics act within minutes: relief first seen later than this is late onset (rule 4). */
export const DEFAULT_ONSET_WINDOW_MINUTES: PerAgent = Object.freeze({ lidocaine: 30, bupivacaine: 60, other: 60 })

/**
 * Rule 2: the default schedule answers hourly during the day, then once the next morning. A gap of
 * up to two hourly intervals (one missed answer) is bridged; the night is not.
 */
export const DEFAULT_BRIDGE_GAP_MINUTES = 120

/** The clinic's own instruction: no pain medicine for six hours before the block (rule 9). */
export const DEFAULT_NO_PAINKILLER_WINDOW_HOURS = 6

/** Rule 9: the patient's own % relief 20 points or more from the NRS-derived figure is flagged. */
export const DEFAULT_REPORTED_RELIEF_DISAGREEMENT_POINTS = 20

export const DEFAULT_MINIMUM_ENTRIES = 3

const hoursSchema = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .finite()
    .min(0, `${what} cannot be negative.`)
    .max(72, `${what} cannot exceed 72.`)

const minutesSchema = z
  .number({ error: 'Onset window minutes must be a number.' })
  .finite()
  .min(1, 'Onset window must be at least 1 minute.')
  .max(240, 'Onset window cannot exceed 240 minutes.')

const perAgent = (value: z.ZodNumber, defaults: PerAgent) =>
  z.object({ lidocaine: value, bupivacaine: value, other: value }).default({ ...defaults })

/** Validates a criteria profile, e.g. one edited in the CMS. Unknown keys are stripped. */
export const criteriaProfileSchema = z
  .object({
    id: z.string().trim().min(1, 'Profile id is required.').max(64, 'Profile id is too long.'),
    name: z.string().trim().min(1, 'Profile name is required.').max(200, 'Profile name is too long.'),
    source: z.string().trim().max(300, 'Keep the source under 300 characters.').default('Clinic-defined criteria'),
    jurisdiction: z.string().trim().max(120, 'Keep the jurisdiction under 120 characters.').default('This clinic'),
    reliefThresholdPercent: z
      .number({ error: 'Relief threshold must be a number.' })
      .finite()
      .gt(0, 'Relief threshold must be above 0%.')
      .max(100, 'Relief threshold cannot exceed 100%.'),
    blocksRequired: z.union([z.literal(1), z.literal(2)], { error: 'Blocks required must be 1 or 2.' }),
    durationMustFitAgent: z.boolean({ error: 'Duration must fit agent must be true or false.' }),
    expectedMinimumHours: perAgent(hoursSchema('Expected minimum hours'), DEFAULT_EXPECTED_MINIMUM_HOURS),
    expectedMaximumHours: perAgent(hoursSchema('Expected maximum hours'), DEFAULT_EXPECTED_MAXIMUM_HOURS),
    onsetWindowMinutes: perAgent(minutesSchema, DEFAULT_ONSET_WINDOW_MINUTES),
    bridgeGapMinutes: z
      .number({ error: 'Bridge gap must be a number.' })
      .finite()
      .min(15, 'Bridge gap must be at least 15 minutes.')
      .max(24 * 60, 'Bridge gap cannot exceed 24 hours.')
      .default(DEFAULT_BRIDGE_GAP_MINUTES),
    noPainkillerWindowHours: hoursSchema('No-painkiller window hours').default(DEFAULT_NO_PAINKILLER_WINDOW_HOURS),
    reportedReliefDisagreementPoints: z
      .number({ error: 'Disagreement threshold must be a number.' })
      .finite()
      .min(1, 'Disagreement threshold must be at least 1 point.')
      .max(100, 'Disagreement threshold cannot exceed 100 points.')
      .default(DEFAULT_REPORTED_RELIEF_DISAGREEMENT_POINTS),
    minimumEntries: z
      .number({ error: 'Minimum entries must be a number.' })
      .int('Minimum entries must be a whole number.')
      .min(1, 'Minimum entries must be at least 1.')
      .max(100, 'Minimum entries cannot exceed 100.')
      .default(DEFAULT_MINIMUM_ENTRIES),
  })
  .superRefine((profile, context) => {
    for (const agent of ['lidocaine', 'bupivacaine', 'other'] as const) {
      if (profile.expectedMaximumHours[agent] < profile.expectedMinimumHours[agent]) {
        context.addIssue({
          code: 'custom',
          path: ['expectedMaximumHours', agent],
          message: `Expected maximum hours for ${agent} cannot be below its expected minimum.`,
        })
      }
    }
  }) satisfies z.ZodType<CriteriaProfile>

/** What a caller may pass in: everything with a default may be left out. */
export type CriteriaProfileInput = z.input<typeof criteriaProfileSchema>

/** Parses a profile or throws an Error listing every problem in plain words. */
export function parseCriteriaProfile(input: unknown): CriteriaProfile {
  const result = criteriaProfileSchema.safeParse(input)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => issue.message)
  throw new Error(`Invalid criteria profile: ${problems.join(' ')}`)
}

function frozenProfile(input: CriteriaProfileInput): Readonly<CriteriaProfile> {
  const profile = parseCriteriaProfile(input)
  return Object.freeze({
    ...profile,
    expectedMinimumHours: Object.freeze({ ...profile.expectedMinimumHours }),
    expectedMaximumHours: Object.freeze({ ...profile.expectedMaximumHours }),
    onsetWindowMinutes: Object.freeze({ ...profile.onsetWindowMinutes }),
  })
}

/**
 * Medicare LCD L38803 (facet joint interventions for pain management): two medial branch blocks,
 * each with at least 80% relief, of a duration consistent with the agent used.
 */
export const MEDICARE_LCD_PROFILE = frozenProfile({
  id: 'medicare-lcd',
  name: 'Medicare facet LCD',
  source: 'Medicare LCD L38803, Facet Joint Interventions for Pain Management',
  jurisdiction: 'United States (Medicare)',
  reliefThresholdPercent: 80,
  blocksRequired: 2,
  durationMustFitAgent: true,
})

/**
 * Cohen et al. 2020, multisociety consensus on facet interventions (Reg Anesth Pain Med 45:424):
 * at least 50% relief; one positive block may be enough before radiofrequency ablation.
 */
export const MULTISOCIETY_2020_PROFILE = frozenProfile({
  id: 'multisociety-2020',
  name: '2020 multisociety consensus',
  source: 'Cohen et al. 2020, Reg Anesth Pain Med 45:424',
  jurisdiction: 'International consensus guideline',
  reliefThresholdPercent: 50,
  blocksRequired: 1,
  durationMustFitAgent: false,
})

export const DEFAULT_CRITERIA_PROFILES: readonly Readonly<CriteriaProfile>[] = Object.freeze([
  MEDICARE_LCD_PROFILE,
  MULTISOCIETY_2020_PROFILE,
])

export function findDefaultProfile(id: string): Readonly<CriteriaProfile> | undefined {
  return DEFAULT_CRITERIA_PROFILES.find((profile) => profile.id === id)
}
