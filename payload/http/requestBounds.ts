import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type GlobalConfig,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { z } from 'zod'

/**
 * Bounds on every request made through Payload's REST API, whoever makes it. Relationship depth
 * multiplies the work (procedures and conditions populate each other), so each bound is a stated
 * limit: a request beyond it is refused with a 400 that names it, never quietly clamped.
 */

/** The deepest relationship population a request may ask for (Payload's `maxDepth`). */
export const MAX_DEPTH = 2
/** Depth when a request names none (Payload's `defaultDepth`). */
export const DEFAULT_DEPTH = 2
/** Documents per page. */
export const MAX_LIMIT = 100
/** Pages deep (limit × page bounds the rows the database skips). */
export const MAX_PAGE = 100_000
/** The largest JSON answer a read may produce. */
export const MAX_RESPONSE_BYTES = 1_000_000

function wholeNumber(name: string, min: number, max: number) {
  const message = `${name} must be a whole number from ${min} to ${max}.`
  return z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message })
}

const limitAndPage = {
  limit: wholeNumber('limit', 1, MAX_LIMIT).optional(),
  page: wholeNumber('page', 1, MAX_PAGE).optional(),
}

const joinQuery = z.union([z.literal('false'), z.literal(false), z.looseObject(limitAndPage)])

/** The query parameters Payload reads for depth and paging; anything else passes untouched. */
export const boundedQuery = z.looseObject({
  depth: wholeNumber('depth', 0, MAX_DEPTH).optional(),
  ...limitAndPage,
  pagination: z
    .union([z.literal('true'), z.literal(true)], {
      error: `pagination cannot be switched off: read the results ${MAX_LIMIT} at a time with limit and page.`,
    })
    .optional(),
  joins: z.union([z.literal('false'), z.literal(false), z.record(z.string(), joinQuery)]).optional(),
})

/** The message of the first bound a query breaks, or null when it keeps every one. */
export function brokenBound(query: unknown): string | null {
  const parsed = boundedQuery.safeParse(query ?? {})
  if (parsed.success) return null
  const issue = parsed.error.issues[0]
  return issue.message
}

/** The parameters the caller sent: the query string, or the JSON body of a method-override GET. */
function callerQuery(req: PayloadRequest): Record<string, unknown> {
  const query = (req.query ?? {}) as Record<string, unknown>
  const body = req.method === 'GET' && req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : {}
  return { ...query, ...body }
}

function fromTheOutside(req: PayloadRequest): boolean {
  return req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
}

function refuseBrokenBounds(req: PayloadRequest): void {
  if (!fromTheOutside(req)) return
  const problem = brokenBound(callerQuery(req))
  if (problem) throw new APIError(problem, 400, null, true)
}

/**
 * Checks the caller's own parameters (not the operation's arguments: Payload's nested reads, such as
 * its document-lock lookup, ask for every row on purpose). A document id that is not a number names
 * no document: Payload would pass NaN to PostgreSQL and answer 500, so it answers 404.
 */
const checkRequest: CollectionBeforeOperationHook = ({ args, req }) => {
  refuseBrokenBounds(req)
  const id = (args as { id?: unknown }).id
  if (fromTheOutside(req) && typeof id === 'number' && !Number.isSafeInteger(id)) throw new APIError('Not Found', 404, null, true)
  return args
}

const READS = new Set(['find', 'findByID', 'findVersions', 'findVersionByID', 'findDistinct'])

/**
 * A last line: whatever the depth and limit, no read answers more than MAX_RESPONSE_BYTES. Only the
 * read the route itself answers with is measured, not reads an endpoint makes along the way.
 */
const checkResponseSize: CollectionAfterOperationHook = ({ collection, operation, req, result }) => {
  if (!fromTheOutside(req) || !READS.has(operation) || req.routeParams?.collection !== collection.slug) return result
  if (Buffer.byteLength(JSON.stringify(result)) > MAX_RESPONSE_BYTES) {
    throw new APIError(
      `The answer would be larger than ${MAX_RESPONSE_BYTES / 1_000_000} MB: ask for fewer documents (limit) or less depth.`,
      400,
      null,
      true,
    )
  }
  return result
}

const checkGlobalRequest: NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number] = ({ args, req }) => {
  refuseBrokenBounds(req)
  return args
}

/**
 * Called from `onInit`, so Payload's own collections (document locks, preferences, jobs), which it
 * adds after plugins run, are bounded like the project's.
 */
export function boundRestRequests(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    config.hooks.beforeOperation = [checkRequest, ...(config.hooks.beforeOperation ?? [])]
    config.hooks.afterOperation = [...(config.hooks.afterOperation ?? []), checkResponseSize]
  }
  for (const global of payload.globals.config) {
    global.hooks = { ...global.hooks, beforeOperation: [checkGlobalRequest, ...(global.hooks?.beforeOperation ?? [])] }
  }
}
