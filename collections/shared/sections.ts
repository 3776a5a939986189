import type { Field } from 'payload'

export const SECTION_KINDS = [
  { value: 'what-it-is', label: 'What it is' },
  { value: 'candidates', label: 'Who it suits (and who it does not)' },
  { value: 'symptoms', label: 'Symptoms' },
  { value: 'how-it-is-done', label: 'How it is done' },
  { value: 'diagnostic-or-treatment', label: 'Diagnostic or treatment' },
  { value: 'relief-duration', label: 'How long relief lasts' },
  { value: 'outcomes', label: 'If it works, or does not' },
  { value: 'benefits', label: 'Benefits' },
  { value: 'risks', label: 'Side effects and risks' },
  { value: 'recovery', label: 'Recovery' },
  { value: 'comparison', label: 'Comparison with related procedures' },
  { value: 'when-to-see-specialist', label: 'When to see a specialist' },
  { value: 'other', label: 'Other' },
] as const

/**
 * Ordered page sections; each becomes a heading in the table of contents. The order and kinds are
 * shared by every language; each section's heading and body are written per language.
 */
export const sectionsField: Field = {
  name: 'sections',
  type: 'array',
  minRows: 1,
  labels: { singular: 'Section', plural: 'Sections' },
  admin: { initCollapsed: true, components: { RowLabel: '/components/admin/SectionRowLabel#SectionRowLabel' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'heading', type: 'text', required: true, localized: true, admin: { width: '65%' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'other',
          options: SECTION_KINDS.map(({ value, label }) => ({ value, label })),
          admin: { width: '35%' },
        },
      ],
    },
    { name: 'body', type: 'richText', required: true, localized: true },
  ],
}
