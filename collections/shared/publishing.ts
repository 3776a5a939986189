import type { CollectionConfig } from 'payload'

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
