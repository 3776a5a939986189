import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { storageSettings } from './settings'
import { checkObjectStorage } from './store'

/**
 * Media (public images) in the S3 bucket under `media/` when one is configured, through Payload's own
 * adapter; otherwise on this server's disk as before. The files always stream through the app (no
 * public bucket URL; the bucket stays private). The adapter's two columns (prefix, _object_key) are
 * in the schema either way, so one set of migrations fits both.
 * Consent PDFs do not go through this adapter: it replaces objects, and they are written once
 * (collections/ConsentPdfs, payload/storage/store.ts).
 */
export function mediaStorage(): Plugin {
  const settings = storageSettings()
  const s3 = settings.kind === 's3' ? settings : null
  return s3Storage({
    enabled: s3 !== null,
    alwaysInsertFields: true,
    bucket: s3?.bucket ?? 'unused',
    config: s3?.client ?? {},
    collections: { media: { prefix: 'media' } },
  })
}

/**
 * At start-up with a bucket configured: one line saying whether it answers. The server starts either
 * way (the store may come back); /api/ready answers 503 with the reason until it does.
 */
export async function reportObjectStorage(log: { info: (message: string) => void; error: (message: string) => void }): Promise<void> {
  const settings = storageSettings()
  if (settings.kind === 'disk') return
  const readiness = await checkObjectStorage(5_000)
  if (readiness.ready) log.info(`object storage: bucket ${settings.bucket} answers`)
  else log.error(`object storage: ${readiness.reason}; consent PDFs and images cannot be stored or served until it answers (S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY)`)
}
