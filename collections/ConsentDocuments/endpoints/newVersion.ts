import type { Endpoint } from 'payload'

import { actAs, asSystem, hasRole } from '@/payload/access'
import type { ConsentDocument } from '@/payload-types'
import { draftInProgress, newestPublishedVersion } from '../hooks'
import { relationId } from '@/lib/relations'
import { json, nullUnlessUnavailable } from '@/payload/http/endpoint'

type Rows = { id?: string | null; text: string }[] | null | undefined

function rowsWithoutIds(rows: Rows): { text: string }[] {
  return (rows ?? []).map(({ text }) => ({ text }))
}

/** The content of a version, as the starting point of the next one (row ids are per document). */
function contentOf(source: ConsentDocument) {
  return {
    title: source.title,
    procedure: relationId(source.procedure)!,
    body: source.body,
    benefits: rowsWithoutIds(source.benefits),
    risks: {
      common: rowsWithoutIds(source.risks?.common),
      lessCommon: rowsWithoutIds(source.risks?.lessCommon),
      rare: rowsWithoutIds(source.risks?.rare),
    },
    alternatives: rowsWithoutIds(source.alternatives),
    acknowledgements: rowsWithoutIds(source.acknowledgements),
  }
}

/**
 * POST /api/consent-documents/:id/new-version — editors start the next version of a published
 * consent as a draft copy; publishing that draft makes it the version patients sign.
 */
export const newVersion: Endpoint = {
  path: '/:id/new-version',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return json(403, { message: 'Only content editors can start a new consent version.' })
    const id = Number(req.routeParams?.id)
    // asSystem: editors only (checked above); the source may be any published version.
    const source = Number.isInteger(id) && id > 0
      ? await req.payload.findByID({ collection: 'consent-documents', id, depth: 0, ...asSystem }).catch(nullUnlessUnavailable)
      : null
    if (!source) return json(404, { message: 'That consent document was not found.' })
    const procedureId = relationId(source.procedure)!

    const draft = await draftInProgress(req, procedureId)
    if (draft) return json(409, { message: `Version ${draft.version} is already in progress as a draft.`, id: draft.id, version: draft.version })
    const newest = await newestPublishedVersion(req, procedureId)
    if (!newest || newest.id !== source.id) {
      return json(409, { message: `Start from the newest published version${newest ? ` (version ${newest.version})` : ''}.`, id: newest?.id ?? null })
    }

    const created = await req.payload.create({
      collection: 'consent-documents',
      draft: true,
      data: { ...contentOf(source), _status: 'draft' },
      ...actAs(req.user),
    })
    return json(201, { message: `Version ${created.version} started as a draft.`, id: created.id, version: created.version })
  },
}
