import type { Field } from 'payload'

/** Search and social sharing: falls back to the title and summary when empty. */
export const metaFields: Field = {
  name: 'meta',
  type: 'group',
  label: 'Search and sharing',
  admin: { position: 'sidebar' },
  fields: [
    { name: 'title', type: 'text', localized: true, admin: { description: 'Defaults to the page title.' } },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'Shown by search engines and link previews. Defaults to the summary.' },
    },
  ],
}
