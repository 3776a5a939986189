import type { PayloadRequest } from 'payload'

export type Reply = { status: number; body: Record<string, unknown> }

export function reply(status: number, body: Record<string, unknown>): Reply {
  return { status, body }
}

export function toResponse({ status, body }: Reply): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })
}

/**
 * The request body as JSON, read up to `maxBytes` (a larger body is refused without reading it
 * all). Only `application/json`: a cross-site form cannot send that without a CORS preflight.
 */
export async function readJsonBody(req: PayloadRequest, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; reply: Reply }> {
  const contentType = req.headers.get('content-type') ?? ''
  if (!/^application\/json\b/i.test(contentType)) {
    return { ok: false, reply: reply(415, { message: 'Send the form as JSON (Content-Type: application/json).' }) }
  }
  const tooLarge = { ok: false as const, reply: reply(413, { message: 'The form is too large. If you drew a signature, clear it and draw it again, or leave it out.' }) }
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return tooLarge
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = (req.body as ReadableStream<Uint8Array> | null)?.getReader()
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return tooLarge
    }
    chunks.push(value)
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) }
  } catch {
    return { ok: false, reply: reply(400, { message: 'The form could not be read. Reload the page and try again.' }) }
  }
}
