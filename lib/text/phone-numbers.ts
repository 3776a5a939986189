/**
 * Phone numbers inside prose, so the site can make them tappable: the clinic's editors write
 * "call us at (617) 555-0142" (or, for a UK clinic, "on 0161 555 0142") in body text, and a patient
 * on a phone should be able to tap it.
 */

export type TextPart = { kind: 'text'; text: string } | { kind: 'phone'; text: string; href: string }

/**
 * A number written for people: an optional +country code, then groups of digits split by spaces,
 * dots or hyphens, the area code possibly in brackets ("0161 555 0142", "+44 (161) 555-0142").
 * Not glued to letters or other digits, so "ISBN0161…" or a product code never matches.
 */
const WRITTEN_NUMBER = /(?<![\w.+/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)|\d{2,5})(?:[ .-]?\d{2,4}){1,4}(?![\w-])/g

/**
 * A North American number as written there: "(617) 555-0142", "617-555-0142", "617.555.0142". Area
 * code and exchange never start with 0 or 1, so "100-200-3000" is not one.
 */
const NORTH_AMERICAN = /^(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[.-])[2-9]\d{2}[.-]\d{4}$/

/**
 * A full number has 10 to 15 digits (E.164 allows 15) and starts as dialled: "0…", "+…" or "(0…",
 * or is a North American number with its area code.
 */
function isFullNumber(written: string): boolean {
  const digits = written.replace(/\D/g, '')
  return (digits.length >= 10 && digits.length <= 15 && /^(?:\+|0|\(0)/.test(written)) || NORTH_AMERICAN.test(written)
}

/**
 * Emergency and health-line numbers are short: only "call 911" (or "llame al 911"), "call 999",
 * "call 112", "call 111" count.
 */
const SHORT_NUMBER = /(?<=\b(?:call|llame al)\s)(?:911|999|112|111)\b/gi

/**
 * `tel:` address of a phone number as written for people: "0161 555 0142" -> "tel:01615550142";
 * the "(0)" people write after a country code is not dialled: "+44 (0)161…" -> "tel:+44161…".
 */
export function telHref(phone: string): string {
  const trimmed = phone.trim().replace(/^(\+\d{1,3})\s*\(0\)/, '$1')
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`
}

type Found = { start: number; end: number }

function findNumbers(text: string): Found[] {
  const found: Found[] = []
  for (const match of text.matchAll(WRITTEN_NUMBER)) {
    if (isFullNumber(match[0])) found.push({ start: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(SHORT_NUMBER)) {
    found.push({ start: match.index, end: match.index + match[0].length })
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Splits prose into plain text and phone numbers, in order; joining every part's text gives back
 * the input. Text without a number comes back as one text part (none for an empty string).
 */
export function splitPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = []
  let cursor = 0
  for (const { start, end } of findNumbers(text)) {
    if (start < cursor) continue
    if (start > cursor) parts.push({ kind: 'text', text: text.slice(cursor, start) })
    const written = text.slice(start, end)
    parts.push({ kind: 'phone', text: written, href: telHref(written) })
    cursor = end
  }
  if (cursor < text.length) parts.push({ kind: 'text', text: text.slice(cursor) })
  return parts
}
