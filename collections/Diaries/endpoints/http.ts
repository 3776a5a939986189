import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

/** Autosave batches are small (at most 20 answers of a few hundred characters). */
export const MAX_BODY_BYTES = 32 * 1024

export function problem(status: number, message: string, extra: object = {}): Response {
  return Response.json({ message, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } })
}

export function invalid(error: z.ZodError): Response {
  const errors = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
  return problem(422, errors[0]?.message ?? 'Check your answer and try again.', { errors })
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
 * The JSON body of a request, or the 4xx response that refuses it: not JSON (415, which also keeps
 * cross-site form posts out), larger than `maxBytes` (413, whatever the Content-Length claims) or
 * malformed (400).
 */
export async function readJsonBody(req: PayloadRequest, maxBytes = MAX_BODY_BYTES): Promise<unknown | Response> {
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) {
    return problem(415, 'Send the answers as JSON (Content-Type: application/json).')
  }
  const tooLarge = problem(413, `This request is larger than ${maxBytes / 1024} KB. Send fewer answers at a time.`)
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return tooLarge
  const text = await readAtMost(req.body, maxBytes)
  if (text === null) return tooLarge
  try {
    return JSON.parse(text) as unknown
  } catch {
    return problem(400, 'The request body is not valid JSON.')
  }
}
