import type { CollectionConfig } from 'payload'

import { pagePath } from '@/lib/paths'
import { revalidateOnPublish } from '@/payload/hooks/revalidateOnPublish'
import { metaFields } from '../shared/meta'
import { draftVersions, editorialAccess, livePreviewFor, publishedChangesField } from '../shared/publishing'
import { slugField } from '../shared/slug'

const revalidate = revalidateOnPublish(pagePath)

export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: 'Content',
    ...livePreviewFor(pagePath),
  },
  access: editorialAccess,
  versions: draftVersions,
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    publishedChangesField,
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'heroHeading', type: 'text', required: true, localized: true },
    { name: 'heroText', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
    slugField(),
    metaFields,
  ],
}
