/**
 * Every request carries an id that its log lines repeat and its response echoes (`X-Request-Id`), so
 * one failure can be found across the proxy's, the load balancer's and the app's logs. A proxy's id is
 * kept when it looks like one (8 to 64 letters, digits, `-`, `_`, `.`, `:`, `=`); anything else is replaced,
 * so a client cannot write arbitrary text into the logs.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

const REQUEST_ID = /^[A-Za-z0-9._:=-]{8,64}$/

export function isValidRequestId(value: unknown): value is string {
  return typeof value === 'string' && REQUEST_ID.test(value)
}

/** The id a request arrived with if it is well formed, else a new one. */
export function requestIdFor(given: string | string[] | undefined | null): string {
  const value = Array.isArray(given) ? given[0] : given
  return isValidRequestId(value) ? value : randomUUID()
}

type RequestContext = { requestId: string }

/**
 * One store per process: the server (scripts/serve.ts) and the app's bundled code each load their own
 * copy of this module, so the store lives on globalThis under a registered symbol.
 */
const STORE_KEY = Symbol.for('harbour-spine.request-context')
function store(): AsyncLocalStorage<RequestContext> {
  const global = globalThis as { [STORE_KEY]?: AsyncLocalStorage<RequestContext> }
  global[STORE_KEY] ??= new AsyncLocalStorage<RequestContext>()
  return global[STORE_KEY]
}

export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return store().run({ requestId }, work)
}

/** The id of the request being served, for log lines; undefined outside a request (start-up, jobs). */
export function currentRequestId(): string | undefined {
  return store().getStore()?.requestId
}
