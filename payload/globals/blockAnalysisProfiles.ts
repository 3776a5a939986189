/**
 * The block analysis settings as the CMS stores them, turned into lib/block-analysis criteria
 * profiles. Pure: the global's validation hook, the specialist's review and the tests share it.
 */
import {
  criteriaProfileSchema,
  DEFAULT_CRITERIA_PROFILES,
  DEFAULT_EXPECTED_MINIMUM_HOURS,
  type CriteriaProfile,
} from '../../lib/block-analysis'

export type ProfileRow = {
  profileId?: string | null
  name?: string | null
  reliefThresholdPercent?: number | null
  blocksRequired?: number | null
  durationMustFitAgent?: boolean | null
  minimumEntries?: number | null
}

export type BlockAnalysisSettingsData = {
  expectedMinimumHours?: { lidocaine?: number | null; bupivacaine?: number | null; other?: number | null } | null
  profiles?: ProfileRow[] | null
}

export type ProfileProblem = { path: string; message: string }

function profileInput(row: ProfileRow, settings: BlockAnalysisSettingsData) {
  return {
    id: row.profileId,
    name: row.name,
    reliefThresholdPercent: row.reliefThresholdPercent,
    blocksRequired: row.blocksRequired,
    durationMustFitAgent: row.durationMustFitAgent ?? false,
    expectedMinimumHours: settings.expectedMinimumHours ?? undefined,
    minimumEntries: row.minimumEntries ?? undefined,
  }
}

const FIELD_BY_KEY: Record<string, string> = { id: 'profileId' }

/** Every problem of the settings, with the admin field it belongs to; empty when they are usable. */
export function findProfileProblems(settings: BlockAnalysisSettingsData): ProfileProblem[] {
  const rows = settings.profiles ?? []
  if (rows.length === 0) return [{ path: 'profiles', message: 'Keep at least one criteria profile.' }]
  const problems = rows.flatMap((row, index) => {
    const result = criteriaProfileSchema.safeParse(profileInput(row, settings))
    if (result.success) return []
    return result.error.issues.map((issue) => {
      const [first, ...rest] = issue.path.map(String)
      const path = first === 'expectedMinimumHours' ? [first, ...rest].join('.') : `profiles.${index}.${FIELD_BY_KEY[first] ?? first}`
      return { path, message: issue.message }
    })
  })
  const ids = rows.map((row) => row.profileId?.trim())
  ids.forEach((id, index) => {
    if (id && ids.indexOf(id) !== index) problems.push({ path: `profiles.${index}.profileId`, message: `The profile id "${id}" is used twice.` })
  })
  // The hours per agent belong to every profile: report each of their problems once.
  return problems.filter((problem, index) => problems.findIndex((other) => other.path === problem.path && other.message === problem.message) === index)
}

/** The clinic's criteria profiles; the built-in defaults when the settings are missing or unusable. */
export function criteriaProfilesFrom(settings: BlockAnalysisSettingsData | null | undefined): CriteriaProfile[] {
  if (!settings || findProfileProblems(settings).length > 0) return DEFAULT_CRITERIA_PROFILES.map((profile) => ({ ...profile }))
  return (settings.profiles ?? []).map((row) => criteriaProfileSchema.parse(profileInput(row, settings)))
}

/** The settings' defaults: both built-in profiles and the conservative hours per agent. */
export const DEFAULT_BLOCK_ANALYSIS_SETTINGS = {
  expectedMinimumHours: { ...DEFAULT_EXPECTED_MINIMUM_HOURS },
  profiles: DEFAULT_CRITERIA_PROFILES.map((profile) => ({
    profileId: profile.id,
    name: profile.name,
    reliefThresholdPercent: profile.reliefThresholdPercent,
    blocksRequired: profile.blocksRequired,
    durationMustFitAgent: profile.durationMustFitAgent,
    minimumEntries: profile.minimumEntries,
  })),
} satisfies BlockAnalysisSettingsData
