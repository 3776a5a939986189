import type { Field } from 'payload'

import { slugify } from '@/lib/slugify'

/** URL segment, derived from the title when left empty; lower-case words joined by hyphens. */
export const slugField = (sourceField = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: 'The address of the page, e.g. medial-branch-block.' },
  hooks: {
    beforeValidate: [
      ({ value, data }) => {
        const source = typeof value === 'string' && value.trim() ? value : data?.[sourceField]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
})
