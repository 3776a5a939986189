import type { GlobalBeforeChangeHook, GlobalConfig, Payload } from 'payload'
import { ValidationError } from 'payload'

import type { CriteriaProfile } from '../../lib/block-analysis'
import { asSystem, hasRole, isClinician } from '../access'
import { criteriaProfilesFrom, DEFAULT_BLOCK_ANALYSIS_SETTINGS, findProfileProblems } from './blockAnalysisProfiles'

const SLUG = 'block-analysis-settings'
const { expectedMinimumHours: defaultHours } = DEFAULT_BLOCK_ANALYSIS_SETTINGS

/** Saved settings always make working profiles: the same zod schema the analysis engine uses. */
const onlyWorkingProfiles: GlobalBeforeChangeHook = ({ data, req }) => {
  const errors = findProfileProblems(data)
  if (errors.length > 0) throw new ValidationError({ global: SLUG, errors, req })
  return data
}

function hoursField(name: keyof typeof defaultHours, label: string) {
  return { name, label, type: 'number', required: true, min: 0, max: 72, defaultValue: defaultHours[name] } as const
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
    {
      name: 'expectedMinimumHours',
      type: 'group',
      label: 'Expected minimum hours of relief per anaesthetic',
      admin: { description: 'A block whose relief lasts less than this is not consistent with the agent.' },
      fields: [
        {
          type: 'row',
          fields: [hoursField('lidocaine', 'Lidocaine'), hoursField('bupivacaine', 'Bupivacaine'), hoursField('other', 'Other agent')],
        },
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
            { name: 'reliefThresholdPercent', label: 'Relief threshold (%)', type: 'number', required: true, min: 1, max: 100 },
            { name: 'blocksRequired', label: 'Positive blocks required', type: 'number', required: true, min: 1, max: 2 },
            { name: 'minimumEntries', label: 'Minimum scored time points', type: 'number', required: true, min: 1, max: 100, defaultValue: 3 },
          ],
        },
        { name: 'durationMustFitAgent', label: 'Relief must last as long as the agent should', type: 'checkbox', defaultValue: false },
      ],
    },
  ],
}

/** The clinic's criteria profiles for the analysis engine. */
export async function loadCriteriaProfiles(payload: Payload): Promise<CriteriaProfile[]> {
  // asSystem: the criteria are configuration, read for whoever may already see the diary being analysed.
  const settings = await payload.findGlobal({ slug: SLUG as never, depth: 0, ...asSystem })
  return criteriaProfilesFrom(settings as never)
}
