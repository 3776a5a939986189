import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { draftVersions, editorialAccess } from '../shared/publishing'
import {
  DEFAULT_QUESTIONNAIRE,
  fromTemplateRow,
  OPTIONAL_QUESTIONS,
  questionnaireSchema,
  toTemplateRow,
  type TemplateTimePointRow,
} from '@/lib/diary'

const QUESTION_LABELS: Record<(typeof OPTIONAL_QUESTIONS)[number], string> = {
  relief: 'Relief in %',
  activity: 'Activity',
  medicines: 'Medicines taken',
}

const TIME_POINT_KIND_OPTIONS = [
  { label: 'Baseline (just before the block)', value: 'baseline' },
  { label: 'Minutes after the block', value: 'after-block' },
  { label: 'Next morning (09:00 clinic time)', value: 'next-morning' },
]

/** A published template must make a working diary: the same rules the portal relies on. */
const publishOnlyWorkingDiaries: CollectionBeforeChangeHook = ({ data, collection }) => {
  if (data._status !== 'published') return data
  const result = questionnaireSchema.safeParse({
    title: data.title,
    introduction: data.introduction ?? '',
    wording: data.wording,
    timePoints: ((data.timePoints ?? []) as TemplateTimePointRow[]).map(fromTemplateRow),
  })
  if (result.success) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: result.error.issues.map((issue) => ({ path: issue.path.join('.') || 'timePoints', message: issue.message })),
  })
}

const { wording } = DEFAULT_QUESTIONNAIRE

/**
 * Pain diary questionnaires, edited by content editors. A diary copies its template when it starts,
 * so editing a template never changes a diary a patient is keeping or has submitted.
 */
export const QuestionnaireTemplates: CollectionConfig = {
  slug: 'questionnaire-templates',
  // Shorter table names: the version tables of the time point questions exceed Postgres's 63 characters otherwise.
  dbName: 'diary_templates',
  labels: { singular: 'Questionnaire template', plural: 'Questionnaire templates' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'procedure', '_status', 'updatedAt'],
    group: 'Content',
    description: 'The pain diary patients keep after a block. The newest published template for the procedure is used.',
  },
  access: editorialAccess,
  versions: draftVersions,
  hooks: { beforeChange: [publishOnlyWorkingDiaries] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 120, defaultValue: DEFAULT_QUESTIONNAIRE.title },
    {
      name: 'procedure',
      type: 'relationship',
      relationTo: 'procedures',
      index: true,
      admin: { description: 'Leave empty to use this template for every procedure that has none of its own.' },
    },
    { name: 'introduction', type: 'textarea', localized: true, maxLength: 2000, defaultValue: DEFAULT_QUESTIONNAIRE.introduction },
    {
      name: 'wording',
      type: 'group',
      admin: { description: 'What the patient reads. Every time point asks the pain score.' },
      fields: [
        { name: 'pain', label: 'Pain score question', type: 'text', required: true, localized: true, maxLength: 300, defaultValue: wording.pain },
        {
          type: 'row',
          fields: [
            { name: 'painLow', label: 'Label of 0', type: 'text', required: true, localized: true, maxLength: 60, defaultValue: wording.painLow },
            { name: 'painHigh', label: 'Label of 10', type: 'text', required: true, localized: true, maxLength: 60, defaultValue: wording.painHigh },
          ],
        },
        { name: 'relief', label: 'Relief question', type: 'text', required: true, localized: true, maxLength: 300, defaultValue: wording.relief },
        { name: 'activity', label: 'Activity question', type: 'text', required: true, localized: true, maxLength: 300, defaultValue: wording.activity },
        { name: 'medicines', label: 'Medicines question', type: 'text', required: true, localized: true, maxLength: 300, defaultValue: wording.medicines },
      ],
    },
    {
      name: 'timePoints',
      type: 'array',
      minRows: 2,
      maxRows: 30,
      defaultValue: DEFAULT_QUESTIONNAIRE.timePoints.map(toTemplateRow),
      admin: { description: 'Exactly one baseline; keys must stay the same once patients use the template.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              required: true,
              maxLength: 40,
              validate: (value: string | null | undefined) =>
                value && /^[a-z0-9-]+$/.test(value) ? true : 'Use lowercase letters, digits and hyphens, e.g. 2-hours.',
            },
            { name: 'label', type: 'text', required: true, localized: true, maxLength: 120 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', required: true, defaultValue: 'after-block', options: TIME_POINT_KIND_OPTIONS },
            {
              name: 'minutesAfterBlock',
              type: 'number',
              min: 0,
              max: 7 * 24 * 60,
              admin: { condition: (_, sibling) => sibling?.kind === 'after-block' },
            },
            {
              name: 'windowMinutes',
              type: 'number',
              min: 1,
              max: 24 * 60,
              admin: { description: 'How long it stays due at least (default 30 minutes).' },
            },
          ],
        },
        {
          name: 'questions',
          type: 'select',
          hasMany: true,
          options: OPTIONAL_QUESTIONS.map((value) => ({ value, label: QUESTION_LABELS[value] })),
          admin: { description: 'Asked besides the pain score.' },
        },
      ],
    },
  ],
}
