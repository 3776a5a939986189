import type { PayloadHandler, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { problemIn } from '@/lib/i18n/problems'
import { translatorFor } from '@/lib/i18n/translate'
import { localeOfRequest } from './locale'

type ProblemBody = { message?: unknown; fieldErrors?: unknown } & Record<string, unknown>

function translatedBody(body: ProblemBody, locale: Locale): ProblemBody {
  const t = translatorFor(locale)
  const inLocale = (message: string) => problemIn(message, (key) => t(`problems.${key}`))
  const next: ProblemBody = { ...body }
  if (typeof body.message === 'string') next.message = inLocale(body.message)
  if (body.fieldErrors && typeof body.fieldErrors === 'object') {
    next.fieldErrors = Object.fromEntries(
      Object.entries(body.fieldErrors as Record<string, unknown>).map(([field, text]) => [field, typeof text === 'string' ? inLocale(text) : text]),
    )
  }
  return next
}

/**
 * The endpoint's JSON answer with its `message` and `fieldErrors` in `locale` where they are known
 * problems (lib/i18n/problems). The handler keeps writing English, which is also what its audit
 * records; only what goes back to the patient changes.
 */
export async function answerIn(response: Response, locale: Locale): Promise<Response> {
  if (locale === DEFAULT_LOCALE || !(response.headers.get('content-type') ?? '').includes('application/json')) return response
  const body = (await response.clone().json().catch(() => null)) as ProblemBody | null
  if (!body || typeof body !== 'object' || Array.isArray(body) || (body.message === undefined && body.fieldErrors === undefined)) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(translatedBody(body, locale)), { status: response.status, statusText: response.statusText, headers })
}

/** A patient-facing endpoint that answers in the caller's language (the patient's record, else the visitor's). */
export function inCallersLanguage(handler: PayloadHandler): PayloadHandler {
  return async (req: PayloadRequest) => answerIn(await handler(req), localeOfRequest(req.user, req.headers))
}
