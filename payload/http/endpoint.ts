/**
 * The one toolkit for Payload endpoints that speak JSON: bounded bodies, and problem responses
 * (`{ message, ...detail }`, never cached). Collections' endpoints (diary, consent, staff password)
 * and the FHIR routes (which wrap problems as OperationOutcome) all use it.
 */
import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { databaseUnavailable } from './databaseFailure'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

/**
 * A JSON answer as plain data: what the autosave decides (collections/Diaries/autosave.ts) before it
 * is written as a web Response (a route, an endpoint) or straight to a node:http response (scripts/serve.ts).
 */
export type JsonAnswer = { status: number; body: Record<string, unknown>; headers: Record<string, string> }

/** A JSON answer that browsers and proxies never keep (every endpoint here answers about one person). */
export function jsonAnswer(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): JsonAnswer {
  return { status, body, headers: { ...NO_STORE, ...headers } }
}

export function toResponse({ status, body, headers }: JsonAnswer): Response {
  return Response.json(body, { status, headers })
}

export function json(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return toResponse(jsonAnswer(status, body, headers))
}

export function problemAnswer(status: number, message: string, detail: Record<string, unknown> = {}, headers: Record<string, string> = {}): JsonAnswer {
  return jsonAnswer(status, { message, ...detail }, headers)
}

export function problem(status: number, message: string, detail: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return toResponse(problemAnswer(status, message, detail, headers))
}

/** How long a client should wait before it tries again when the database cannot answer. */
export const RETRY_AFTER_SECONDS = 5
export const UNAVAILABLE_MESSAGE = 'The clinic’s server cannot save right now. Your answers are kept; it tries again in a moment.'

/** 503 with Retry-After: nothing is wrong with the request or the session; the database is not answering. */
export function unavailableAnswer(): JsonAnswer {
  return problemAnswer(503, UNAVAILABLE_MESSAGE, { retryAfterSeconds: RETRY_AFTER_SECONDS }, { 'Retry-After': String(RETRY_AFTER_SECONDS) })
}

export function unavailable(): Response {
  return toResponse(unavailableAnswer())
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
export function invalidAnswer(error: z.ZodError): JsonAnswer {
  const errors = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
  return problemAnswer(422, errors[0]?.message ?? 'Check your answer and try again.', { errors })
}

export function invalid(error: z.ZodError): Response {
  return toResponse(invalidAnswer(error))
}

/** What a body is read from: a Payload request, or a plain Request (a Next route handler). */
export type BodyOf = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

/** A request's headers, read by name: a web `Headers`, or a view of a node:http request's. */
export type HeaderReader = { get(name: string): string | null }

/**
 * A request body seen from where it arrives: its headers, and its text read up to `maxBytes` (null
 * when it is longer; what is beyond is never read). `readText` throws BodyTooSlow when the body does
 * not arrive in time.
 */
export type BodySource = { headers: HeaderReader; readText: (maxBytes: number) => Promise<string | null> }

/** Thrown by a BodySource whose body stopped arriving (a client that opens a request and stalls). */
export class BodyTooSlow extends Error {
  constructor() {
    super('The request body did not arrive in time.')
    this.name = 'BodyTooSlow'
  }
}

export type BodyRefusal = { status: 400 | 408 | 413 | 415; message: string }
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

/** The body of a web request (a Payload request, a route's Request) as a BodySource. */
export function bodySourceOf(req: BodyOf): BodySource {
  return { headers: req.headers, readText: (maxBytes) => readAtMost(req.body, maxBytes) }
}

/**
 * The JSON body of a request, or why it is refused: not JSON (415, which also keeps cross-site form
 * posts out: a form cannot send application/json without a CORS preflight), larger than `maxBytes`
 * (413, whatever the Content-Length claims; the rest is never read), too slow to arrive (408) or
 * malformed (400).
 */
export async function readJson({ headers, readText }: BodySource, { maxBytes, tooLarge }: BodyLimits): Promise<JsonBody> {
  if (!/^application\/json\b/i.test(headers.get('content-type') ?? '')) {
    return { ok: false, status: 415, message: 'Send the request as JSON (Content-Type: application/json).' }
  }
  if (Number(headers.get('content-length') ?? 0) > maxBytes) return { ok: false, status: 413, message: tooLarge }
  let text: string | null
  try {
    text = await readText(maxBytes)
  } catch (error) {
    if (error instanceof BodyTooSlow) return { ok: false, status: 408, message: 'The request took too long to arrive. Try again.' }
    throw error
  }
  if (text === null) return { ok: false, status: 413, message: tooLarge }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' }
  }
}

export function readJsonBody(req: BodyOf, limits: BodyLimits): Promise<JsonBody> {
  return readJson(bodySourceOf(req), limits)
}
