import { z } from '../zod'

/**
 * The outcomes page's period from its query string: `from` and `to` as calendar dates (YYYY-MM-DD,
 * `to` inclusive), default the last 12 months up to today. Read as UTC midnights: the page reports
 * whole days, and a clinic's local midnight moves the edges by an hour at most.
 */
const DAY_MS = 86_400_000
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give dates as YYYY-MM-DD.').refine((value) => {
  // Date.parse rolls 30 February over into March: the date must come back as written.
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
}, 'That date does not exist.')

export type PeriodQuery = { ok: true; from: Date; to: Date; fromText: string; toText: string } | { ok: false; message: string }

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function parsePeriod(query: { from?: string | null; to?: string | null }, now: Date): PeriodQuery {
  const today = isoDay(now)
  const defaultFrom = isoDay(new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate())))
  const fromText = query.from || defaultFrom
  const toText = query.to || today
  for (const value of [fromText, toText]) {
    const result = dateSchema.safeParse(value)
    if (!result.success) return { ok: false, message: result.error.issues[0].message }
  }
  const from = new Date(`${fromText}T00:00:00Z`)
  const to = new Date(Date.parse(`${toText}T00:00:00Z`) + DAY_MS)
  if (to.getTime() <= from.getTime()) return { ok: false, message: 'The end of the period must not be before its start.' }
  if (to.getTime() - from.getTime() > 10 * 366 * DAY_MS) return { ok: false, message: 'Choose a period of at most 10 years.' }
  return { ok: true, from, to, fromText, toText }
}
