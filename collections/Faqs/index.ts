import type { CollectionConfig } from 'payload'

import { revalidateOnPublish } from '@/payload/hooks/revalidateOnPublish'
import { draftVersions, editorialAccess, publishedChangesField } from '../shared/publishing'

const revalidate = revalidateOnPublish(() => '/faq')

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'order', '_status'],
    group: 'Content',
  },
  access: editorialAccess,
  versions: draftVersions,
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    publishedChangesField,
    { name: 'question', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'answer', type: 'richText', required: true, localized: true },
    {
      name: 'procedures',
      type: 'relationship',
      relationTo: 'procedures',
      hasMany: true,
      admin: { description: 'The FAQ page groups questions under these procedures.' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Lower numbers are shown first.' },
    },
  ],
}
