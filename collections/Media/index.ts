import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone, isContentEditor } from '@/payload/access'
import { answerNotFoundForMissingFile } from '@/payload/http/notFound'

const STATIC_DIR = path.resolve(process.cwd(), '.data/media')

/** Public images for content pages. Clinical files never go here. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content' },
  access: { read: anyone, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  upload: {
    staticDir: STATIC_DIR,
    handlers: [answerNotFoundForMissingFile(STATIC_DIR)],
    mimeTypes: ['image/*'],
    imageSizes: [{ name: 'card', width: 768 }],
  },
  fields: [{ name: 'alt', type: 'text', required: true, admin: { description: 'Describe the image for people who cannot see it.' } }],
}
