import type { CollectionConfig } from 'payload'

import { conditionPath } from '@/lib/paths'
import { revalidateOnPublish } from '@/payload/hooks/revalidateOnPublish'
import { metaFields } from '../shared/meta'
import { draftVersions, editorialAccess, livePreviewFor, publishedChangesField } from '../shared/publishing'
import { sectionsField } from '../shared/sections'
import { slugField } from '../shared/slug'

const revalidate = revalidateOnPublish(conditionPath)

export const Conditions: CollectionConfig = {
  slug: 'conditions',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: 'Content',
    ...livePreviewFor(conditionPath),
  },
  access: editorialAccess,
  versions: draftVersions,
  // Where another document names this one, it carries what a link or a card shows, not every section.
  defaultPopulate: { title: true, slug: true, summary: true },
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    publishedChangesField,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 400 },
    sectionsField,
    // Procedures and conditions name each other: populate one level, never the loop.
    { name: 'relatedProcedures', type: 'relationship', relationTo: 'procedures', hasMany: true, maxDepth: 1 },
    slugField(),
    metaFields,
  ],
}
