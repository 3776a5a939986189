import type { CollectionConfig, Field } from 'payload'

import { isContentEditor, publishedOrStaff } from '@/payload/access'

/** Public content: everyone reads what is published; staff read drafts; editors and admins write. */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  create: isContentEditor,
  update: isContentEditor,
  delete: isContentEditor,
  readVersions: isContentEditor,
}

/** Drafts with autosave, version history and scheduled publishing, for every public content type. */
export const draftVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 1500 }, schedulePublish: true },
  maxPerDoc: 50,
}

/** Opens the draft in the public page layout, inside the admin's live preview pane. */
export function previewUrl(path: string | null): string {
  const base = process.env.SERVER_URL ?? ''
  return path ? `${base}/next/preview?path=${encodeURIComponent(path)}` : base
}

export function livePreviewFor<T extends { slug?: string | null }>(
  pathFor: (doc: T) => string | null,
): NonNullable<CollectionConfig['admin']> {
  return {
    livePreview: { url: ({ data }) => previewUrl(pathFor(data as T)) },
    preview: (data) => previewUrl(pathFor(data as T)),
  }
}

/**
 * Beside the Publish button, what publishing would change, word by word (a UI field: nothing stored).
 * Payload's own version comparison shows every change to every field; this one reads like the page.
 */
export const publishedChangesField: Field = {
  name: 'changesSincePublished',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/admin/publishing/PublishedChanges#PublishedChanges' } },
}
