/**
 * `tel:` address of a phone number as written for people: "0161 555 0142" -> "tel:01615550142".
 * Same rule as `telHref` in components/site/paths.ts, which client components cannot import
 * (it pulls in the collection configs).
 */
export function telHref(phone: string): string {
  const trimmed = phone.trim()
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`
}
