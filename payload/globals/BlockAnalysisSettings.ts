import type { Field, GlobalBeforeChangeHook, GlobalConfig, Payload } from 'payload'
import { ValidationError } from 'payload'

import type { CriteriaProfile } from '@/lib/block-analysis'
import { DEFAULT_IMPROVEMENT_THRESHOLD_PERCENT } from '@/lib/outcomes'
import { asSystem, hasRole, isClinician } from '../access'
import { criteriaProfilesFrom, DEFAULT_BLOCK_ANALYSIS_SETTINGS, findProfileProblems } from './blockAnalysisProfiles'

const SLUG = 'block-analysis-settings'
const DEFAULTS = DEFAULT_BLOCK_ANALYSIS_SETTINGS
type PerAgentKey = 'expectedMinimumHours' | 'expectedMaximumHours' | 'onsetWindowMinutes'

/** Saved settings always make working profiles: the same zod schema the analysis engine uses. */
const onlyWorkingProfiles: GlobalBeforeChangeHook = ({ data, req }) => {
  const errors = findProfileProblems(data)
  if (errors.length > 0) throw new ValidationError({ global: SLUG, errors, req })
  return data
}

function perAgentGroup(name: PerAgentKey, label: string, description: string, limits: { min: number; max: number }): Field {
  const field = (agent: 'lidocaine' | 'bupivacaine' | 'other', agentName: string) =>
    ({ name: agent, label: agentName, type: 'number', required: true, ...limits, defaultValue: DEFAULTS[name][agent] }) as const
  return {
    name,
    type: 'group',
    label,
    admin: { description },
    fields: [{ type: 'row', fields: [field('lidocaine', 'Lidocaine'), field('bupivacaine', 'Bupivacaine'), field('other', 'Other agent')] }],
  }
}

function numberField(name: 'bridgeGapMinutes' | 'noPainkillerWindowHours' | 'reportedReliefDisagreementPoints', label: string, description: string, limits: { min: number; max: number }) {
  return { name, label, type: 'number', required: true, ...limits, defaultValue: DEFAULTS[name], admin: { description } } as const
}

/**
 * How diaries are judged: the criteria profiles (Medicare facet LCD, 2020 multisociety consensus,
 * or the clinic's own) and how long relief should last at least with each anaesthetic.
 */
export const BlockAnalysisSettings: GlobalConfig = {
  slug: SLUG,
  label: 'Block analysis settings',
  admin: {
    group: 'Clinic',
    description: 'The computed verdicts are suggestions for the specialist; patients never see them.',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  access: { read: isClinician, update: isClinician },
  hooks: { beforeChange: [onlyWorkingProfiles] },
  fields: [
    perAgentGroup('expectedMinimumHours', 'Expected minimum hours of relief per anaesthetic', 'Relief documented at least this long is consistent with the agent; pain back by then is not.', { min: 0, max: 72 }),
    perAgentGroup('expectedMaximumHours', 'Expected maximum hours of relief per anaesthetic', 'Relief documented beyond this is more than the agent explains and is flagged.', { min: 0, max: 72 }),
    perAgentGroup('onsetWindowMinutes', 'Onset window per anaesthetic (minutes)', 'Relief first seen later than this after the block is flagged as late and never makes a block positive alone.', { min: 1, max: 240 }),
    {
      type: 'row',
      fields: [
        numberField('bridgeGapMinutes', 'Bridge gap (minutes)', 'A gap between answers longer than this ends what the diary documents. The default bridges one missed hourly answer, not the night.', { min: 15, max: 1440 }),
        numberField('noPainkillerWindowHours', 'No-painkiller window (hours)', 'Pain medicine taken within this many hours before the block is flagged.', { min: 0, max: 72 }),
        numberField('reportedReliefDisagreementPoints', 'Disagreement threshold (% points)', 'The patient’s own % relief this far from the pain-score figure is flagged.', { min: 1, max: 100 }),
      ],
    },
    {
      name: 'profiles',
      label: 'Criteria profiles',
      type: 'array',
      minRows: 1,
      maxRows: 6,
      defaultValue: DEFAULT_BLOCK_ANALYSIS_SETTINGS.profiles,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'profileId', label: 'Profile id', type: 'text', required: true, maxLength: 64 },
            { name: 'name', type: 'text', required: true, maxLength: 200 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'source', label: 'Source of the criteria', type: 'text', maxLength: 300, admin: { description: 'Shown beside each verdict, e.g. Medicare LCD L38803.' } },
            { name: 'jurisdiction', label: 'Where they apply', type: 'text', maxLength: 120, admin: { description: 'Shown beside each verdict, e.g. United States (Medicare).' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'reliefThresholdPercent', label: 'Relief threshold (%)', type: 'number', required: true, min: 1, max: 100 },
            { name: 'blocksRequired', label: 'Positive blocks required', type: 'number', required: true, min: 1, max: 2 },
            { name: 'minimumEntries', label: 'Minimum scored time points', type: 'number', required: true, min: 1, max: 100, defaultValue: 3 },
          ],
        },
        { name: 'durationMustFitAgent', label: 'Relief must last as long as the agent should', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'outcomeImprovementThresholdPercent',
      label: 'Meaningful improvement after ablation (%)',
      type: 'number',
      min: 1,
      max: 100,
      defaultValue: DEFAULT_IMPROVEMENT_THRESHOLD_PERCENT,
      admin: {
        description: 'A follow-up score (PEG) this much better than before the ablation counts as a meaningful improvement on the time line and the outcomes page.',
      },
    },
  ],
}

/** The clinic's threshold for a meaningful improvement after ablation (change-from-baseline instruments), default 30%. */
export async function loadOutcomeThreshold(payload: Payload): Promise<number> {
  // asSystem: a configuration number, read for whoever may already see the follow-up being judged.
  const settings = await payload.findGlobal({ slug: SLUG as never, depth: 0, ...asSystem })
  const value = (settings as { outcomeImprovementThresholdPercent?: number | null }).outcomeImprovementThresholdPercent
  return typeof value === 'number' && value > 0 ? value : DEFAULT_IMPROVEMENT_THRESHOLD_PERCENT
}

/** The clinic's criteria profiles for the analysis engine. */
export async function loadCriteriaProfiles(payload: Payload): Promise<CriteriaProfile[]> {
  // asSystem: the criteria are configuration, read for whoever may already see the diary being analysed.
  const settings = await payload.findGlobal({ slug: SLUG as never, depth: 0, ...asSystem })
  return criteriaProfilesFrom(settings as never)
}
