import type { CollectionConfig } from 'payload'

import { isContentEditor, publishedOrStaff } from '../../payload/access'
import { revalidateOnPublish } from '../../payload/hooks/revalidateOnPublish'
import { draftVersions } from '../shared/publishing'

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
  access: {
    read: publishedOrStaff,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
    readVersions: isContentEditor,
  },
  versions: draftVersions,
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    { name: 'question', type: 'text', required: true, maxLength: 200 },
    { name: 'answer', type: 'richText', required: true },
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
