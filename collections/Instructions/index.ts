import type { CollectionConfig } from 'payload'

import {
  INSTRUCTION_CATEGORIES,
  INSTRUCTION_CATEGORY_LABELS,
  INSTRUCTION_PHRASING_LABELS,
  INSTRUCTION_PHRASINGS,
} from '@/lib/instructions'
import { draftVersions, editorialAccess } from '../shared/publishing'


export const TIMING_KINDS = [
  { label: 'Days before', value: 'days-before' },
  { label: 'Hours before', value: 'hours-before' },
  { label: 'Morning of the appointment', value: 'morning-of' },
  { label: 'At the appointment', value: 'at-appointment' },
  { label: 'Hours after', value: 'hours-after' },
  { label: 'Next morning', value: 'next-morning' },
]

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/

/** Pre-procedure instruction items, tied to a procedure and timed relative to the appointment. */
export const Instructions: CollectionConfig = {
  slug: 'instructions',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'procedure', 'category', '_status'], group: 'Content' },
  defaultSort: 'order',
  access: editorialAccess,
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'details', type: 'textarea', required: true, localized: true, maxLength: 1000 },
    { name: 'procedure', type: 'relationship', relationTo: 'procedures', required: true, index: true },
    {
      name: 'category',
      type: 'select',
      required: true,
      options: INSTRUCTION_CATEGORIES.map((value) => ({ value, label: INSTRUCTION_CATEGORY_LABELS[value] })),
    },
    {
      name: 'timing',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', required: true, defaultValue: 'days-before', options: TIMING_KINDS },
            {
              name: 'amount',
              type: 'number',
              min: 1,
              max: 30,
              admin: {
                description: 'How many days or hours.',
                condition: (_, sibling) => ['days-before', 'hours-before', 'hours-after'].includes(sibling?.kind),
              },
            },
            {
              name: 'time',
              type: 'text',
              admin: {
                description: 'Time of day, HH:MM (optional).',
                condition: (_, sibling) => ['days-before', 'morning-of', 'next-morning'].includes(sibling?.kind),
              },
              validate: (value: string | null | undefined) =>
                !value || TIME_OF_DAY.test(value) ? true : 'Use the 24-hour HH:MM format, e.g. 07:30.',
            },
          ],
        },
        {
          name: 'phrasing',
          label: 'How the time reads',
          type: 'select',
          options: INSTRUCTION_PHRASINGS.map((value) => ({ value, label: INSTRUCTION_PHRASING_LABELS[value] })),
          admin: {
            description:
              'Patients read "By 12:00", "From 03:30", "At 09:30" or just the day. Left empty: "At" for the appointment and the next morning, "From" for hours before or after, "By" otherwise.',
          },
        },
      ],
    },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
