import { Readable } from 'node:stream'

import type { CollectionAfterChangeHook, CollectionBeforeValidateHook, PayloadRequest, TypeWithID } from 'payload'
import { APIError } from 'payload'

import { actorOf, recordAudit, requestContextOf } from '@/payload/audit'
import { SIGNING_CONTEXT } from '@/payload/consent/context'
import { consentPdfStore } from '@/payload/consent/pdfDir'
import { problem, RETRY_AFTER_SECONDS } from '@/payload/http/endpoint'

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

async function auditDownload(req: PayloadRequest, { doc, params }: { doc?: TypeWithID; params: { filename: string } }): Promise<void> {
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

/**
 * After the record is inserted (in the signing transaction): the PDF goes to the store, which refuses
 * a name already taken. A failed write fails the signing, so no record points at a missing file.
 */
export const storePdfOnce: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const file = req.file
  if (!file?.data?.length) throw new APIError('A consent PDF record needs its file.', 400, null, true)
  await consentPdfStore().writeOnce(doc.filename, file.data, 'application/pdf')
  return doc
}

const FILE_UNAVAILABLE = 'The signed form cannot be fetched right now. Please try again in a moment.'

/**
 * The only way to a consent PDF: /api/consent-pdfs/file/<name>, after Payload applied read access (the
 * patient it belongs to, clinical staff). An unknown name answers 404 before anything is audited;
 * then the download is recorded and the file streams through this server from wherever it is kept
 * (never a redirect to the bucket).
 */
export async function serveConsentPdf(req: PayloadRequest, args: { doc?: TypeWithID; params: { filename: string } }): Promise<Response> {
  let file
  try {
    file = await consentPdfStore().open(args.params.filename)
  } catch (error) {
    req.payload.logger.error({ err: error }, 'consent PDF store did not answer')
    return problem(503, FILE_UNAVAILABLE, {}, { 'Retry-After': String(RETRY_AFTER_SECONDS) })
  }
  if (!file) return problem(404, `There is no file named ${args.params.filename}.`)
  await auditDownload(req, args)
  return new Response(Readable.toWeb(file.body) as ReadableStream, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(file.size),
      'Cache-Control': 'private, no-store',
      'Content-Disposition': 'attachment',
    },
  })
}
