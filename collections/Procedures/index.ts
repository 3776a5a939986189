import type { CollectionConfig } from 'payload'

import { procedurePath } from '@/lib/paths'
import { revalidateOnPublish } from '@/payload/hooks/revalidateOnPublish'
import { metaFields } from '../shared/meta'
import { draftVersions, editorialAccess, livePreviewFor, publishedChangesField } from '../shared/publishing'
import { sectionsField } from '../shared/sections'
import { slugField } from '../shared/slug'

const revalidate = revalidateOnPublish(procedurePath)

export const Procedures: CollectionConfig = {
  slug: 'procedures',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: 'Content',
    ...livePreviewFor(procedurePath),
  },
  access: editorialAccess,
  versions: draftVersions,
  // Where another document names this one, it carries what a link or a card shows, not every section.
  defaultPopulate: { title: true, slug: true, summary: true },
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    publishedChangesField,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 400,
      admin: { description: 'One or two plain sentences shown under the title and in listings.' },
    },
    sectionsField,
    {
      name: 'relatedConditions',
      type: 'relationship',
      relationTo: 'conditions',
      hasMany: true,
      // Procedures and conditions name each other: populate one level, never the loop.
      maxDepth: 1,
    },
    slugField(),
    metaFields,
  ],
}
