/**
 * The block analysis settings as the CMS stores them, turned into lib/block-analysis criteria
 * profiles. Pure: the global's validation hook, the specialist's review and the tests share it.
 */
import {
  criteriaProfileSchema,
  DEFAULT_BRIDGE_GAP_MINUTES,
  DEFAULT_CRITERIA_PROFILES,
  DEFAULT_EXPECTED_MAXIMUM_HOURS,
  DEFAULT_EXPECTED_MINIMUM_HOURS,
  DEFAULT_NO_PAINKILLER_WINDOW_HOURS,
  DEFAULT_ONSET_WINDOW_MINUTES,
  DEFAULT_REPORTED_RELIEF_DISAGREEMENT_POINTS,
  findDefaultProfile,
  type CriteriaProfile,
} from '@/lib/block-analysis'

export type ProfileRow = {
  profileId?: string | null
  name?: string | null
  source?: string | null
  jurisdiction?: string | null
  reliefThresholdPercent?: number | null
  blocksRequired?: number | null
  durationMustFitAgent?: boolean | null
  minimumEntries?: number | null
}

type PerAgentRow = { lidocaine?: number | null; bupivacaine?: number | null; other?: number | null } | null

export type BlockAnalysisSettingsData = {
  expectedMinimumHours?: PerAgentRow
  expectedMaximumHours?: PerAgentRow
  onsetWindowMinutes?: PerAgentRow
  bridgeGapMinutes?: number | null
  noPainkillerWindowHours?: number | null
  reportedReliefDisagreementPoints?: number | null
  profiles?: ProfileRow[] | null
}

/** The settings that apply to every profile: named as in the global and in the criteria profile. */
const CLINIC_WIDE_KEYS = [
  'expectedMinimumHours',
  'expectedMaximumHours',
  'onsetWindowMinutes',
  'bridgeGapMinutes',
  'noPainkillerWindowHours',
  'reportedReliefDisagreementPoints',
] as const

/** A stored group or number left empty (null) takes the engine's default. */
function clinicWideValues(settings: BlockAnalysisSettingsData) {
  return Object.fromEntries(CLINIC_WIDE_KEYS.map((key) => [key, settings[key] ?? undefined]))
}

export type ProfileProblem = { path: string; message: string }

function builtIn(row: ProfileRow) {
  return row.profileId ? findDefaultProfile(row.profileId.trim()) : undefined
}

function profileInput(row: ProfileRow, settings: BlockAnalysisSettingsData) {
  return {
    id: row.profileId,
    name: row.name,
    // Rows saved before profiles carried a source keep the built-in profile's, when they are one.
    source: row.source || builtIn(row)?.source || undefined,
    jurisdiction: row.jurisdiction || builtIn(row)?.jurisdiction || undefined,
    reliefThresholdPercent: row.reliefThresholdPercent,
    blocksRequired: row.blocksRequired,
    durationMustFitAgent: row.durationMustFitAgent ?? false,
    ...clinicWideValues(settings),
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
      const clinicWide = (CLINIC_WIDE_KEYS as readonly string[]).includes(first)
      const path = clinicWide ? [first, ...rest].join('.') : `profiles.${index}.${FIELD_BY_KEY[first] ?? first}`
      return { path, message: issue.message }
    })
  })
  const ids = rows.map((row) => row.profileId?.trim())
  ids.forEach((id, index) => {
    if (id && ids.indexOf(id) !== index) problems.push({ path: `profiles.${index}.profileId`, message: `The profile id "${id}" is used twice.` })
  })
  // The clinic-wide values belong to every profile: report each of their problems once.
  return problems.filter((problem, index) => problems.findIndex((other) => other.path === problem.path && other.message === problem.message) === index)
}

/** The clinic's criteria profiles; the built-in defaults when the settings are missing or unusable. */
export function criteriaProfilesFrom(settings: BlockAnalysisSettingsData | null | undefined): CriteriaProfile[] {
  if (!settings || findProfileProblems(settings).length > 0) return DEFAULT_CRITERIA_PROFILES.map((profile) => ({ ...profile }))
  return (settings.profiles ?? []).map((row) => criteriaProfileSchema.parse(profileInput(row, settings)))
}

/** The settings' defaults: both built-in profiles and the engine's default timings per agent. */
export const DEFAULT_BLOCK_ANALYSIS_SETTINGS = {
  expectedMinimumHours: { ...DEFAULT_EXPECTED_MINIMUM_HOURS },
  expectedMaximumHours: { ...DEFAULT_EXPECTED_MAXIMUM_HOURS },
  onsetWindowMinutes: { ...DEFAULT_ONSET_WINDOW_MINUTES },
  bridgeGapMinutes: DEFAULT_BRIDGE_GAP_MINUTES,
  noPainkillerWindowHours: DEFAULT_NO_PAINKILLER_WINDOW_HOURS,
  reportedReliefDisagreementPoints: DEFAULT_REPORTED_RELIEF_DISAGREEMENT_POINTS,
  profiles: DEFAULT_CRITERIA_PROFILES.map((profile) => ({
    profileId: profile.id,
    name: profile.name,
    source: profile.source,
    jurisdiction: profile.jurisdiction,
    reliefThresholdPercent: profile.reliefThresholdPercent,
    blocksRequired: profile.blocksRequired,
    durationMustFitAgent: profile.durationMustFitAgent,
    minimumEntries: profile.minimumEntries,
  })),
} satisfies BlockAnalysisSettingsData
