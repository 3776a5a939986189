/**
 * The one toolkit for Payload endpoints that speak JSON: bounded bodies, and problem responses
 * (`{ message, ...detail }`, never cached). Collections' endpoints (diary, consent, staff password)
 * and the FHIR routes (which wrap problems as OperationOutcome) all use it.
 */
import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { databaseUnavailable } from './databaseFailure'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

/** A JSON answer that browsers and proxies never keep (every endpoint here answers about one person). */
export function json(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } })
}

export function problem(status: number, message: string, detail: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return json(status, { message, ...detail }, headers)
}

/** How long a client should wait before it tries again when the database cannot answer. */
export const RETRY_AFTER_SECONDS = 5
export const UNAVAILABLE_MESSAGE = 'The clinic’s server cannot save right now. Your answers are kept; it tries again in a moment.'

/** 503 with Retry-After: nothing is wrong with the request or the session; the database is not answering. */
export function unavailable(): Response {
  return problem(503, UNAVAILABLE_MESSAGE, { retryAfterSeconds: RETRY_AFTER_SECONDS }, { 'Retry-After': String(RETRY_AFTER_SECONDS) })
}

/**
 * For `.catch(...)` after a lookup whose failure means "no such record here": a database that is not
 * answering is not a missing record, so that error goes on (and becomes a 503); anything else is null.
 */
export function nullUnlessUnavailable(error: unknown): null {
  if (databaseUnavailable(error)) throw error
  return null
}

/** A body that failed its zod schema: 422, the first message on top and every message by path. */
export function invalid(error: z.ZodError): Response {
  const errors = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
  return problem(422, errors[0]?.message ?? 'Check your answer and try again.', { errors })
}

/** What a body is read from: a Payload request, or a plain Request (a Next route handler). */
export type BodyOf = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

export type BodyRefusal = { status: 400 | 413 | 415; message: string }
export type JsonBody = { ok: true; value: unknown } | ({ ok: false } & BodyRefusal)

type BodyLimits = {
  maxBytes: number
  /** What to tell the person when the body is too large (what they can do about it). */
  tooLarge: string
}

async function readAtMost(stream: ReadableStream<Uint8Array> | null | undefined, maxBytes: number): Promise<string | null> {
  if (!stream) return ''
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/**
 * The JSON body of a request, or why it is refused: not JSON (415, which also keeps cross-site form
 * posts out: a form cannot send application/json without a CORS preflight), larger than `maxBytes`
 * (413, whatever the Content-Length claims; the rest is never read) or malformed (400).
 */
export async function readJsonBody(req: BodyOf, { maxBytes, tooLarge }: BodyLimits): Promise<JsonBody> {
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) {
    return { ok: false, status: 415, message: 'Send the request as JSON (Content-Type: application/json).' }
  }
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, status: 413, message: tooLarge }
  const text = await readAtMost(req.body, maxBytes)
  if (text === null) return { ok: false, status: 413, message: tooLarge }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' }
  }
}
