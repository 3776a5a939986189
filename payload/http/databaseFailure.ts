/**
 * Tells "the database (or the way to it) is failing right now" apart from every other error, so that a
 * request that could not be answered gets 503 with Retry-After (the client keeps the answers and tries
 * again) instead of 401 or 404 (which tell the patient to sign in, or that their appointment is gone).
 * Pure: it only reads the error, its `cause` chain and an AggregateError's `errors`.
 */

/** SQLSTATEs that say "not now" rather than "not like that". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014', // query_canceled: the statement timeout fired
  '55P03', // lock_not_available: the lock timeout fired
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '25006', // read_only_sql_transaction (a replica promoted, a failover in progress)
])
/** SQLSTATE classes: 08 connection exception, 53 insufficient resources (too many connections, disk, memory). */
const UNAVAILABLE_SQLSTATE_CLASSES = ['08', '53']

const UNAVAILABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])

/** What node-postgres says when a connection breaks or none can be had; these errors carry no code. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i,
  /^timeout exceeded when trying to connect/i,
  /^Client has encountered a connection error/i,
  /^Cannot use a pool after calling end/i,
  /^Client was closed and is not queryable/i,
  /^Query read timeout/i,
]

const MAX_DEPTH = 8

function causesOf(error: unknown): unknown[] {
  const found: unknown[] = []
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > MAX_DEPTH || found.includes(value)) return
    found.push(value)
    const record = value as { cause?: unknown; errors?: unknown; originalError?: unknown }
    visit(record.cause, depth + 1)
    visit(record.originalError, depth + 1)
    if (Array.isArray(record.errors)) for (const inner of record.errors) visit(inner, depth + 1)
  }
  visit(error, 0)
  return found
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? code : undefined
}

function isSqlState(code: string): boolean {
  return /^[0-9A-Z]{5}$/.test(code)
}

function unavailableCode(error: unknown): string | null {
  const code = codeOf(error)
  if (code && isSqlState(code) && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SQLSTATE_CLASSES.includes(code.slice(0, 2)))) return code
  if (code && UNAVAILABLE_NETWORK_CODES.has(code)) return code
  const message = (error as { message?: unknown }).message
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return 'connection-lost'
  return null
}

/**
 * Why the database could not answer (a SQLSTATE, a network error code or `connection-lost`), or null
 * when the error is something else (not found, invalid input, a bug): those keep their own answer.
 */
export function databaseUnavailable(error: unknown): string | null {
  for (const candidate of causesOf(error)) {
    const code = unavailableCode(candidate)
    if (code) return code
  }
  return null
}

export type ErrorSummary = { name: string; code?: string; message: string }

const MAX_MESSAGE = 200

/**
 * What a log line may say about an error: its name, the first code in its cause chain and a short
 * message. Never the stack, never a query's parameters (drizzle's "Failed query: … params: …" carries
 * the patient's answers), never a PostgreSQL detail (which quotes the row's values).
 */
export function summariseError(error: unknown): ErrorSummary {
  if (!error || typeof error !== 'object') return { name: 'Error', message: String(error).slice(0, MAX_MESSAGE) }
  const chain = causesOf(error)
  const code = databaseUnavailable(error) ?? chain.map(codeOf).find((value) => value !== undefined)
  const name = typeof (error as Error).name === 'string' ? (error as Error).name : 'Error'
  // The innermost message names the actual failure; a query's text and values stay out of it.
  const messages = chain.map((item) => (item as { message?: unknown }).message).filter((value): value is string => typeof value === 'string')
  const innermost = messages.at(-1) ?? ''
  const safe = /^Failed query/i.test(innermost) || (code && isSqlState(code) && /^2[23]/.test(code)) ? 'database refused the query' : innermost
  return { name, ...(code ? { code } : {}), message: (safe.split('\n')[0] ?? '').slice(0, MAX_MESSAGE) }
}
