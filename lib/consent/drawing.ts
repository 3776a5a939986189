/**
 * Checks of a drawn signature sent as a PNG data URL. Uses atob, not Buffer, so it runs in
 * browsers too.
 */

export const PNG_DATA_URL_PREFIX = 'data:image/png;base64,'

/** Longest accepted data URL, in characters (about 150 kB of PNG). */
export const MAX_DRAWING_DATA_URL_LENGTH = 200_000

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** The first chunk of every PNG is IHDR, right after the signature and the chunk length. */
const IHDR_OFFSET = 12
const IHDR = [0x49, 0x48, 0x44, 0x52]
const HEADER_BYTES = IHDR_OFFSET + IHDR.length
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export function hasPngDataUrlPrefix(dataUrl: string): boolean {
  return dataUrl.startsWith(PNG_DATA_URL_PREFIX)
}

function base64Payload(dataUrl: string): string {
  return dataUrl.slice(PNG_DATA_URL_PREFIX.length)
}

/** Canonical, padded base64 (no whitespace, no URL-safe alphabet), not empty. */
export function isValidBase64(text: string): boolean {
  return text.length > 0 && BASE64_PATTERN.test(text)
}

/** The first `count` decoded bytes (decodes only the base64 characters needed). */
function leadingBytes(base64: string, count: number): Uint8Array {
  const characters = Math.ceil(count / 3) * 4
  const binary = atob(base64.slice(0, characters))
  return Uint8Array.from(binary.slice(0, count), (char) => char.charCodeAt(0))
}

function bytesAt(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  return expected.every((value, index) => bytes[offset + index] === value)
}

/**
 * True when `dataUrl` is `data:image/png;base64,` followed by valid base64 whose bytes start with
 * the PNG signature and an IHDR chunk. Does not check the length limit (the schema does).
 */
export function drawingIsValidPng(dataUrl: string): boolean {
  if (!hasPngDataUrlPrefix(dataUrl)) return false
  const base64 = base64Payload(dataUrl)
  if (!isValidBase64(base64)) return false
  const header = leadingBytes(base64, HEADER_BYTES)
  return header.length === HEADER_BYTES && bytesAt(header, 0, PNG_SIGNATURE) && bytesAt(header, IHDR_OFFSET, IHDR)
}
