import { PDFDocument } from 'pdf-lib'

import { PNG_DATA_URL_PREFIX } from '../../lib/consent'

/** Larger than any signature pad draws (a wide phone canvas at 3x), small enough to decode safely. */
export const MAX_DRAWING_WIDTH = 4000
export const MAX_DRAWING_HEIGHT = 2000

const TOO_LARGE = 'The drawn signature is too large. Clear it and draw it again, or leave it out.'
const UNREADABLE = 'The drawn signature could not be read. Clear it and draw it again.'

/** Width and height from the IHDR chunk (bytes 16-23), read before anything is decoded. */
function declaredSize(dataUrl: string): { width: number; height: number } {
  const header = Buffer.from(dataUrl.slice(PNG_DATA_URL_PREFIX.length, PNG_DATA_URL_PREFIX.length + 32), 'base64')
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) }
}

/**
 * Server-side checks of a drawing that already passed `consentSubmissionSchema` (a PNG data URL of
 * bounded length): sane dimensions, and pixels that decode. Returns a plain-English problem or null.
 */
export async function drawingProblem(dataUrl: string): Promise<string | null> {
  const { width, height } = declaredSize(dataUrl)
  if (width === 0 || height === 0) return UNREADABLE
  if (width > MAX_DRAWING_WIDTH || height > MAX_DRAWING_HEIGHT) return TOO_LARGE
  try {
    const pdf = await PDFDocument.create()
    await pdf.embedPng(dataUrl)
    return null
  } catch {
    return UNREADABLE
  }
}
