import { inflateSync } from 'node:zlib'

/**
 * A deliberately small PDF reader for tests (pdf-lib writes PDFs but cannot extract text): the
 * decoded streams of a PDF saved without object streams, and the text drawn with standard fonts.
 */

type RawStream = { dictionary: string; data: Buffer }

function streamsOf(bytes: Uint8Array): RawStream[] {
  const buffer = Buffer.from(bytes)
  const text = buffer.toString('latin1')
  const streams: RawStream[] = []
  const start = /(?<!end)stream\r?\n/g
  let match: RegExpExecArray | null
  while ((match = start.exec(text))) {
    const from = match.index + match[0].length
    const to = text.indexOf('endstream', from)
    const dictionary = text.slice(text.lastIndexOf(' obj', match.index), match.index)
    const raw = buffer.subarray(from, to)
    let data = raw
    if (dictionary.includes('/FlateDecode')) {
      try {
        data = inflateSync(raw)
      } catch {
        data = inflateSync(raw.subarray(0, raw.length - 1))
      }
    }
    streams.push({ dictionary, data })
  }
  return streams
}

/** Windows-1252 (the standard fonts' WinAnsiEncoding) differs from Latin-1 only in 0x80-0x9F. */
const WINDOWS_1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function decodeHex(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex')
  return Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_TO_9F[byte - 0x80] : String.fromCharCode(byte))).join('')
}

/** Every string shown with Tj on any page, one per line, in drawing order. */
export function pdfPageText(bytes: Uint8Array): string {
  const lines: string[] = []
  for (const { dictionary, data } of streamsOf(bytes)) {
    if (dictionary.includes('/EmbeddedFile')) continue
    for (const shown of data.toString('latin1').matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj/g)) lines.push(decodeHex(shown[1]))
  }
  return lines.join('\n')
}

/** The contents of the files attached to the PDF (EmbeddedFile streams). */
export function pdfAttachments(bytes: Uint8Array): Buffer[] {
  return streamsOf(bytes)
    .filter(({ dictionary }) => dictionary.includes('/EmbeddedFile'))
    .map(({ data }) => data)
}
