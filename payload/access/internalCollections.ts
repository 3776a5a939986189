import { Forbidden, type Access, type CollectionBeforeChangeHook, type Payload, type PayloadRequest, type Where } from 'payload'

import { relationId } from '@/lib/relations'
import { isStaffUser } from './roles'
import { asSystem } from '.'

const LOCKS = 'payload-locked-documents'

type Polymorphic = { relationTo?: unknown; value?: unknown } | null | undefined
type LockData = { document?: Polymorphic; globalSlug?: unknown; user?: Polymorphic }

function accessResult(access: Access | undefined, req: PayloadRequest, id?: number) {
  return access ? access({ req, id } as Parameters<Access>[0]) : false
}

/** The collections a lock can point at (its polymorphic `document` field). */
function lockableCollections(payload: Payload): string[] {
  const field = payload.collections[LOCKS]?.config.fields.find((candidate) => 'name' in candidate && candidate.name === 'document')
  return field && 'relationTo' in field && Array.isArray(field.relationTo) ? field.relationTo : []
}

/** Lockable collections whose documents this user may read at all (a `where` result counts: some documents). */
async function readableCollections(req: PayloadRequest): Promise<string[]> {
  const slugs: string[] = []
  for (const slug of lockableCollections(req.payload)) {
    const collection = (req.payload.collections as Record<string, { config: { access: { read?: Access } } } | undefined>)[slug]
    if (collection && (await accessResult(collection.config.access.read, req)) !== false) slugs.push(slug)
  }
  return slugs
}

/** Whether this user may update the document a lock points at (the lock's only legitimate use). */
async function mayUpdateTarget(req: PayloadRequest, lock: LockData): Promise<boolean> {
  if (typeof lock.globalSlug === 'string') {
    const global = req.payload.config.globals.find(({ slug }) => slug === lock.globalSlug)
    return Boolean(global && (await accessResult(global.access.update, req)) === true)
  }
  const slug = String(lock.document?.relationTo ?? '')
  const id = relationId(lock.document?.value)
  const collection = slug === LOCKS ? undefined : (req.payload.collections as Record<string, (typeof req.payload.collections)[keyof typeof req.payload.collections] | undefined>)[slug]
  if (!collection || id === null) return false
  const result = await accessResult(collection.config.access.update, req, id)
  if (typeof result === 'boolean') return result
  // asSystem: the user's own access result is in the where clause.
  const { totalDocs } = await req.payload.count({ collection: slug as never, where: { and: [result as Where, { id: { equals: id } }] }, ...asSystem, req })
  return totalDocs > 0
}

/**
 * A lock says "this person is editing this document". Staff may only hold one in their own name, on a
 * document they may edit; otherwise an editor could lock a patient record in a specialist's name.
 * Calls without a user (the system, overrideAccess) are left alone.
 */
const onlyOwnLocksOnEditableDocuments: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const lock = { ...(originalDoc as LockData | undefined), ...(data as LockData) }
  const holder = lock.user
  const isOwn = holder?.relationTo === req.user.collection && relationId(holder?.value) === req.user.id
  if (!isOwn || !(await mayUpdateTarget(req, lock))) throw new Forbidden(req.t)
  return data
}

/** Staff see (and may clear) the locks of documents they may read, and of globals; nobody else sees any. */
const readLocksOfReadableDocuments: Access = async ({ req }) => {
  if (!isStaffUser(req.user)) return false
  // Payload can query a polymorphic relationTo with `equals` only (not `in`).
  const readable = (await readableCollections(req)).map((slug): Where => ({ 'document.relationTo': { equals: slug } }))
  const where: Where = { or: [...readable, { globalSlug: { exists: true } }] }
  return where
}

/**
 * Payload adds its document-lock collection after plugins run, open to every signed-in user. Called
 * from `onInit`: only staff may use it, each only in their own name on what they may edit and read.
 */
export function keepInternalCollectionsToStaff(payload: Payload): void {
  const locks = payload.collections[LOCKS]?.config
  if (!locks) return
  const access = locks.access as Record<string, Access>
  for (const operation of ['create', 'update'] as const) {
    const original = access[operation]
    access[operation] = (args) => (isStaffUser(args.req.user) ? (original ? original(args) : true) : false)
  }
  access.read = readLocksOfReadableDocuments
  access.delete = readLocksOfReadableDocuments
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), onlyOwnLocksOnEditableDocuments]
}
