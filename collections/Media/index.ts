import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone, isContentEditor } from '@/payload/access'
import { answerNotFoundForMissingFile } from '@/payload/http/notFound'
import { storageSettings } from '@/payload/storage/settings'

const STATIC_DIR = path.resolve(process.cwd(), '.data/media')

/**
 * Public images for content pages. Clinical files never go here. Kept in `.data/media`, or in the S3
 * bucket under `media/` when one is configured (payload/storage/plugin.ts), whose adapter answers 404
 * for a missing object itself.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content' },
  access: { read: anyone, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  upload: {
    staticDir: STATIC_DIR,
    handlers: storageSettings().kind === 'disk' ? [answerNotFoundForMissingFile(STATIC_DIR)] : [],
    mimeTypes: ['image/*'],
    imageSizes: [{ name: 'card', width: 768 }],
  },
  fields: [{ name: 'alt', type: 'text', required: true, admin: { description: 'Describe the image for people who cannot see it.' } }],
}
