import type { CollectionBeforeValidateHook, PayloadRequest, TypeWithID } from 'payload'
import { APIError } from 'payload'

import { actorOf, recordAudit, requestContextOf } from '@/payload/audit'
import { SIGNING_CONTEXT } from '@/payload/consent/context'

export function refuseChange(): never {
  throw new APIError('A signed consent PDF cannot be changed or deleted.', 403, null, true)
}

export const onlyThroughSigning: CollectionBeforeValidateHook = ({ operation, req, data }) => {
  if (operation === 'create' && req.context?.[SIGNING_CONTEXT] !== true) {
    throw new APIError('Consent PDFs are created only when a patient signs in the portal.', 403, null, true)
  }
  return data
}

async function idOfFile(req: PayloadRequest, filename: string): Promise<number | string | null> {
  const doc = await req.payload.db.findOne<TypeWithID>({ collection: 'consent-pdfs', where: { filename: { equals: filename } }, req })
  return doc?.id ?? null
}

/**
 * Runs on /api/consent-pdfs/file/<name> after read access allowed the file: records the download,
 * then lets Payload stream the file from disk.
 */
export async function auditDownload(req: PayloadRequest, { doc, params }: { doc?: TypeWithID; params: { filename: string } }): Promise<void> {
  const id = doc?.id ?? (await idOfFile(req, params.filename))
  await recordAudit(req.payload, {
    action: 'download',
    ...actorOf(req),
    resource: 'consent-pdfs',
    resourceIds: id == null ? [] : [id],
    ...requestContextOf(req.headers),
    detail: params.filename,
  })
}
