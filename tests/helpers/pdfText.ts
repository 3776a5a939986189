import { inflateSync } from 'node:zlib'

/**
 * A deliberately small PDF reader for tests (pdf-lib writes PDFs but cannot extract text): the
 * decoded streams of a PDF saved without object streams, and the text drawn with standard or
 * embedded fonts.
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

/** Object number → its text (dictionary, or a stream's decoded data) for every `N 0 obj`. */
function objectsOf(bytes: Uint8Array): Map<number, { dictionary: string; data: Buffer | null }> {
  const buffer = Buffer.from(bytes)
  const text = buffer.toString('latin1')
  const objects = new Map<number, { dictionary: string; data: Buffer | null }>()
  const streams = streamsOf(bytes)
  let streamIndex = 0
  for (const match of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = match[2]
    const hasStream = /(?<!end)stream\r?\n/.test(body)
    objects.set(Number(match[1]), { dictionary: hasStream ? body.slice(0, body.search(/(?<!end)stream\r?\n/)) : body, data: hasStream ? streams[streamIndex++].data : null })
  }
  return objects
}

/** Glyph code (hex) → text, from a ToUnicode CMap's bfchar and bfrange entries. */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>()
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le')
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of section[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(entry[1].toUpperCase(), utf16(entry[2]))
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of section[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [from, to, first] = [parseInt(entry[1], 16), parseInt(entry[2], 16), parseInt(entry[3], 16)]
      for (let code = from; code <= to; code++) {
        map.set(code.toString(16).toUpperCase().padStart(entry[1].length, '0'), String.fromCodePoint(first + code - from))
      }
    }
  }
  return map
}

/** Font resource name (as in `/F1 10 Tf`) → the ToUnicode map of that font, for embedded fonts. */
function fontMapsOf(bytes: Uint8Array): Map<string, Map<string, string>> {
  const objects = objectsOf(bytes)
  const maps = new Map<string, Map<string, string>>()
  for (const { dictionary } of objects.values()) {
    const fonts = /\/Font\s*<<([\s\S]*?)>>/.exec(dictionary)
    if (!fonts) continue
    for (const entry of fonts[1].matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(entry[2]))?.dictionary ?? ''
      const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(font)
      const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.data : null
      if (cmap) maps.set(entry[1], toUnicodeMap(cmap.toString('latin1')))
    }
  }
  return maps
}

/**
 * Every string shown with Tj on any page, one per line, in drawing order: through the font's
 * ToUnicode map for an embedded (Unicode) font, as Windows-1252 for a standard font.
 */
export function pdfPageText(bytes: Uint8Array): string {
  const fontMaps = fontMapsOf(bytes)
  const lines: string[] = []
  for (const { dictionary, data } of streamsOf(bytes)) {
    if (dictionary.includes('/EmbeddedFile')) continue
    let font: Map<string, string> | undefined
    for (const token of data.toString('latin1').matchAll(/\/([^\s/<>]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>\s*Tj/g)) {
      if (token[1] !== undefined) {
        font = fontMaps.get(token[1])
        continue
      }
      const hex = token[2].replace(/\s+/g, '').toUpperCase()
      if (!font) {
        lines.push(decodeHex(hex))
        continue
      }
      const codes = hex.match(/.{4}/g) ?? []
      lines.push(codes.map((code) => font?.get(code) ?? '\uFFFD').join(''))
    }
  }
  return lines.join('\n')
}

/** The contents of the files attached to the PDF (EmbeddedFile streams). */
export function pdfAttachments(bytes: Uint8Array): Buffer[] {
  return streamsOf(bytes)
    .filter(({ dictionary }) => dictionary.includes('/EmbeddedFile'))
    .map(({ data }) => data)
}
