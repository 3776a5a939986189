import type { Access, CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { BETTER_DIRECTIONS, DEFAULT_IMPROVEMENT_THRESHOLD_PERCENT, instrumentSchema, SCORING_RULES } from '@/lib/outcomes'
import { hasRole, isAdmin, isClinician, isPatientUser } from '@/payload/access'
import { frozenInstrumentKeys } from '../FollowUps/frozen'
import { instrumentFromRow, type InstrumentRow } from './definition'

export const OUTCOME_INSTRUMENTS_SLUG = 'outcome-instruments'

/** A saved instrument always makes a working questionnaire: lib/outcomes' schema is the judge. */
const onlyWorkingInstruments: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const row = { ...(originalDoc ?? {}), ...(data ?? {}) } as InstrumentRow
  const result = instrumentSchema.safeParse(instrumentFromRow(row))
  if (result.success) return data
  throw new ValidationError({
    collection: OUTCOME_INSTRUMENTS_SLUG,
    errors: result.error.issues.map((issue) => ({ path: issue.path.join('.') || 'items', message: issue.message })),
    req,
  })
}

/**
 * Specialists and admins see every instrument; a patient only those their own follow-up plans ask
 * (read through their own access, so another patient's plan adds nothing); anyone else none.
 */
const clinicianOrAskedPatient: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'specialist')) return true
  if (!isPatientUser(req.user) || !req.user) return false
  const { docs } = await req.payload.find({
    collection: 'follow-ups',
    user: req.user,
    overrideAccess: false,
    depth: 0,
    limit: 20,
    select: { plan: true },
    req,
  })
  const keys = [...new Set(docs.flatMap((followUp) => frozenInstrumentKeys(followUp.plan)))]
  return keys.length > 0 ? { key: { in: keys } } : false
}

const SCALE_KINDS = [
  { label: 'Whole numbers from … to …', value: 'numeric' },
  { label: 'Labelled options', value: 'options' },
]
const whenNumeric = { condition: (_: unknown, sibling: { scaleKind?: string }) => sibling?.scaleKind !== 'options' }
const whenOptions = { condition: (_: unknown, sibling: { scaleKind?: string }) => sibling?.scaleKind === 'options' }

/**
 * Outcome questionnaires after radiofrequency ablation (PEG, PGIC, or one the clinic holds a licence
 * for). A follow-up freezes the definitions it asks when it starts, so editing an instrument never
 * changes answers already given or how they were scored.
 */
export const OutcomeInstruments: CollectionConfig = {
  slug: OUTCOME_INSTRUMENTS_SLUG,
  labels: { singular: 'Outcome questionnaire', plural: 'Outcome questionnaires' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'key', 'scoringRule', 'updatedAt'],
    group: 'Clinic',
    description: 'Questionnaires asked after radiofrequency ablation. Note the source and licence of each one.',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  access: { read: clinicianOrAskedPatient, create: isClinician, update: isClinician, delete: isAdmin },
  hooks: { beforeValidate: [onlyWorkingInstruments] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'key', type: 'text', required: true, unique: true, maxLength: 40, admin: { description: 'Stable id in answers and exports, e.g. "peg".' } },
        { name: 'shortName', type: 'text', required: true, maxLength: 40 },
      ],
    },
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'scoreLabel', type: 'text', required: true, maxLength: 80, admin: { description: 'For the patient: “Your <score label> is down from 7 to 3”.' } },
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 100,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'itemId', type: 'text', required: true, maxLength: 40 },
            { name: 'shortLabel', type: 'text', required: true, maxLength: 60 },
            { name: 'required', type: 'checkbox', defaultValue: true },
          ],
        },
        { name: 'text', type: 'textarea', required: true, maxLength: 500, admin: { description: 'The question as the patient reads it.' } },
        { name: 'scaleKind', type: 'select', required: true, defaultValue: 'numeric', options: SCALE_KINDS },
        {
          type: 'row',
          admin: whenNumeric,
          fields: [
            { name: 'min', type: 'number' },
            { name: 'minLabel', type: 'text', maxLength: 120 },
            { name: 'max', type: 'number' },
            { name: 'maxLabel', type: 'text', maxLength: 120 },
          ],
        },
        {
          name: 'options',
          type: 'array',
          admin: whenOptions,
          maxRows: 20,
          fields: [{ type: 'row', fields: [{ name: 'value', type: 'number', required: true }, { name: 'label', type: 'text', required: true, maxLength: 120 }] }],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'scoringRule', type: 'select', required: true, options: [...SCORING_RULES] },
        { name: 'decimals', type: 'number', defaultValue: 1, min: 0, max: 3 },
        { name: 'better', type: 'select', required: true, options: [...BETTER_DIRECTIONS], admin: { description: 'Which scores are better.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'improvementRule', type: 'select', required: true, options: ['change-from-baseline', 'answer-in'] },
        {
          name: 'thresholdPercent',
          type: 'number',
          defaultValue: DEFAULT_IMPROVEMENT_THRESHOLD_PERCENT,
          admin: { description: 'Change from baseline that counts as meaningful, in %.', condition: (_, sibling) => sibling?.improvementRule !== 'answer-in' },
        },
        { name: 'improvementItemId', type: 'text', maxLength: 40, admin: { condition: (_, sibling) => sibling?.improvementRule === 'answer-in' } },
      ],
    },
    {
      name: 'improvementValues',
      type: 'array',
      admin: { description: 'Answers that count as improved.', condition: (_, sibling) => sibling?.improvementRule === 'answer-in' },
      fields: [{ name: 'value', type: 'number', required: true }],
    },
    { name: 'source', type: 'textarea', required: true, maxLength: 500 },
    { name: 'licence', type: 'textarea', required: true, maxLength: 500, admin: { description: 'Who may use it, and the clinic’s licence if one is needed.' } },
  ],
}
