import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import type { ConsentDocument } from '@/payload-types'
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, type Locale } from '@/lib/i18n/config'
import { relationId } from '@/lib/relations'
import { asSystem } from '@/payload/access'
import { hasOwnText } from '@/payload/consent/queries'

const SLUG = 'consent-documents'

/** The stored row (never a draft version): whether a document is published is decided here. */
async function storedDocument(req: PayloadRequest, id: number | string): Promise<ConsentDocument | null> {
  return (await req.payload.db.findOne({ collection: SLUG, where: { id: { equals: id } }, req })) as ConsentDocument | null
}

async function newestVersion(req: PayloadRequest, procedureId: number, status?: 'draft' | 'published'): Promise<ConsentDocument | null> {
  const { docs } = await req.payload.find({
    collection: SLUG,
    where: { procedure: { equals: procedureId }, ...(status ? { _status: { equals: status } } : {}) },
    sort: '-version',
    limit: 1,
    depth: 0,
    ...asSystem,
    req,
  })
  return docs[0] ?? null
}

export async function draftInProgress(req: PayloadRequest, procedureId: number): Promise<ConsentDocument | null> {
  return newestVersion(req, procedureId, 'draft')
}

export async function newestPublishedVersion(req: PayloadRequest, procedureId: number): Promise<ConsentDocument | null> {
  return newestVersion(req, procedureId, 'published')
}

/**
 * A new document is the next version of its procedure's consent: numbered by the server, linked to
 * the version it replaces. One draft at a time, so numbers follow publication order.
 */
export const numberNewVersion: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const procedureId = relationId(data.procedure)
  if (procedureId === null) return data
  const draft = await draftInProgress(req, procedureId)
  if (draft) {
    throw new APIError(`Version ${draft.version} of this consent is still a draft. Publish or delete it before starting another version.`, 409, null, true)
  }
  const [newest, published] = await Promise.all([newestVersion(req, procedureId), newestPublishedVersion(req, procedureId)])
  return { ...data, version: (newest?.version ?? 0) + 1, supersedes: published?.id ?? null }
}

/**
 * True when this update writes a language the published version has no text in yet. A translation
 * says the same thing in another language: the version (and what patients signed) keeps its meaning,
 * so it is no new version. A version's text in a language, once there, is frozen like the English.
 */
async function addsMissingTranslation(req: PayloadRequest, id: number | string): Promise<boolean> {
  const locale = req.locale
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) return false
  const published = await req.payload.findByID({ collection: SLUG, id, locale, fallbackLocale: false, draft: false, depth: 0, ...asSystem, req })
  return !hasOwnText(published)
}

/** What only the English (default language) save of a version decides: a translation leaves it as it is. */
function sharedFieldsOf(stored: ConsentDocument) {
  return {
    procedure: stored.procedure,
    version: stored.version,
    effectiveDate: stored.effectiveDate,
    publishedAt: stored.publishedAt,
    supersedes: stored.supersedes,
    label: stored.label,
  }
}

/**
 * A published version is what patients sign: it never changes again, whoever asks. The one exception
 * is adding its text in a language it does not have yet (see `addsMissingTranslation`); changing any
 * wording, in any language, is a new version.
 */
export const freezePublished: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const stored = await storedDocument(req, originalDoc.id)
  if (stored?._status !== 'published') return data
  if (await addsMissingTranslation(req, originalDoc.id)) return { ...data, ...sharedFieldsOf(stored) }
  const language = inOtherLanguage(req) ? ` Its text in ${LOCALE_NAMES[req.locale as Locale]} is published too.` : ''
  throw new APIError(
    `Version ${stored.version} is published and can no longer change: patients may have signed it.${language} Start a new version to change the wording.`,
    403,
    null,
    true,
  )
}

/** True when the request writes a translation (a language other than the clinic's own). */
function inOtherLanguage(req: PayloadRequest): boolean {
  return isLocale(req.locale) && req.locale !== DEFAULT_LOCALE
}

/**
 * Records when a version was published; it applies from then unless the editor chose a date. The
 * label (the admin's name for the version) follows the English title. A translation added to a
 * published version (let through by `freezePublished`) leaves all of this as it was.
 */
export const stampPublication: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (inOtherLanguage(req) && originalDoc?._status === 'published') return data
  const title = data.title ?? originalDoc?.title
  const version = data.version ?? originalDoc?.version
  const label = inOtherLanguage(req) && originalDoc?.label ? originalDoc.label : `${title} (version ${version})`
  if (data._status !== 'published') return { ...data, label }
  const publishedAt = new Date().toISOString()
  return { ...data, label, publishedAt, effectiveDate: data.effectiveDate ?? originalDoc?.effectiveDate ?? publishedAt }
}

export const keepPublished: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const stored = await storedDocument(req, id)
  if (stored?._status === 'published') {
    throw new APIError('Published consent versions are kept for good: patients may have signed them.', 403, null, true)
  }
}
