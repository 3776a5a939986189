/**
 * Checks of a drawn signature sent as a PNG data URL. Uses atob, not Buffer, so it runs in
 * browsers too. The length limit below is the only one: the zod schema and the Consents field both read it.
 */
import { CONSENT_PROBLEMS } from './problems'

export const PNG_DATA_URL_PREFIX = 'data:image/png;base64,'

/** Longest accepted data URL, in characters (about 150 kB of PNG). */
export const MAX_DRAWING_DATA_URL_LENGTH = 200_000

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** The first chunk of every PNG is IHDR, right after the signature and the chunk length. */
const IHDR_OFFSET = 12
const IHDR = [0x49, 0x48, 0x44, 0x52]
/** Signature, IHDR length and type, then the width and height (4 bytes each). */
const WIDTH_OFFSET = IHDR_OFFSET + IHDR.length
const HEADER_BYTES = WIDTH_OFFSET + 8

/** Larger than any signature pad draws (a wide phone canvas at 3x), small enough to decode safely. */
export const MAX_DRAWING_WIDTH = 4000
export const MAX_DRAWING_HEIGHT = 2000

const TOO_LARGE = CONSENT_PROBLEMS.drawingTooLarge
const UNREADABLE = CONSENT_PROBLEMS.drawingUnreadable
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

function readUint32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0
}

/**
 * Width and height declared in the IHDR chunk, read before anything is decoded; null unless `dataUrl`
 * is `data:image/png;base64,` followed by valid base64 long enough to hold the PNG signature and a
 * whole IHDR header (a truncated image is refused here, not read past its end).
 */
export function declaredPngSize(dataUrl: string): { width: number; height: number } | null {
  if (!hasPngDataUrlPrefix(dataUrl)) return null
  const base64 = base64Payload(dataUrl)
  if (!isValidBase64(base64)) return null
  const header = leadingBytes(base64, HEADER_BYTES)
  if (header.length < HEADER_BYTES || !bytesAt(header, 0, PNG_SIGNATURE) || !bytesAt(header, IHDR_OFFSET, IHDR)) return null
  return { width: readUint32(header, WIDTH_OFFSET), height: readUint32(header, WIDTH_OFFSET + 4) }
}

/** True when `dataUrl` is a PNG data URL with a readable header. Does not check the length limit (the schema does). */
export function drawingIsValidPng(dataUrl: string): boolean {
  return declaredPngSize(dataUrl) !== null
}

/**
 * Server-side checks of a drawing that already passed `consentSubmissionSchema`: sane dimensions,
 * and pixels that decode. Returns a plain-English problem or null.
 */
export async function drawingProblem(dataUrl: string): Promise<string | null> {
  const size = declaredPngSize(dataUrl)
  if (!size || size.width === 0 || size.height === 0) return UNREADABLE
  if (size.width > MAX_DRAWING_WIDTH || size.height > MAX_DRAWING_HEIGHT) return TOO_LARGE
  try {
    // Loaded here only: the rest of this module runs in the browser, which never decodes the pixels.
    const { PDFDocument } = await import('pdf-lib')
    const pdf = await PDFDocument.create()
    await pdf.embedPng(dataUrl)
    return null
  } catch {
    return UNREADABLE
  }
}
