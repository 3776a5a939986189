import path from 'node:path'

import { fileStore, type FileStore } from '../storage/store'

/** Where signed consent PDFs are stored without object storage: outside public/, served only through access-checked routes. */
export const CONSENT_PDF_DIR = path.resolve(process.cwd(), '.data/consent-pdfs')

let store: FileStore | undefined

/**
 * Signed consent PDFs: in `.data/consent-pdfs`, or under `consent-pdfs/` in the S3 bucket when one is
 * configured (payload/storage). Written once, never replaced; read only after an access check.
 */
export function consentPdfStore(): FileStore {
  store ??= fileStore({ prefix: 'consent-pdfs', diskFolder: CONSENT_PDF_DIR, contentType: 'application/pdf' })
  return store
}
