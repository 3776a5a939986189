/** Small checks and conversions to FHIR R4 primitive types. */

const FHIR_ID_PATTERN = /^[A-Za-z0-9\-.]{1,64}$/

/** A FHIR resource id (letters, digits, '-' and '.', at most 64); throws otherwise. */
export function fhirId(value: string | number, what: string): string {
  const id = String(value)
  if (!FHIR_ID_PATTERN.test(id)) throw new RangeError(`The ${what} id "${id}" cannot be used as a FHIR id.`)
  return id
}

/** A FHIR dateTime (ISO 8601 in UTC, with milliseconds) from a Date or a date-time string; throws when invalid. */
export function fhirDateTime(value: Date | string, what: string): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`The ${what} is not a valid date and time.`)
  return date.toISOString()
}

/** Base64 of the bytes written as hex (e.g. a SHA-256 digest); uses btoa, so it runs in browsers too. */
export function hexToBase64(hex: string): string {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) throw new RangeError('Expected an even number of hex digits.')
  const binary = hex.match(/../g)!.map((pair) => String.fromCharCode(Number.parseInt(pair, 16))).join('')
  return btoa(binary)
}
