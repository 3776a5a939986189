/**
 * Lays text out on A4 pages, top to bottom, starting a new page when one is full: the one page writer
 * behind every PDF the portal makes (the signed consent, the review summary). The text is set in
 * DejaVu Sans (the `dejavu-fonts-ttf` package), embedded as a subset of the characters used: Latin
 * with every accent ("ñ", "á", "¿"), Greek, Cyrillic, Armenian, Georgian, Hebrew and more. A
 * character the font lacks (Chinese, for one) prints as "?" and `replacedCharacters` says so.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

import { wrapText } from '../wrapText'

/**
 * The font files, read from the installed package. Found from the project folder, where the server
 * and the tests run, because the server bundle cannot resolve a font file as a module.
 */
const FONT_FOLDER = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')
const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const

let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null

/** Both files, read once per process: they never change while it runs. */
function readFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  fontBytes ??= Promise.all([readFile(path.join(FONT_FOLDER, FONT_FILES.regular)), readFile(path.join(FONT_FOLDER, FONT_FILES.bold))])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fontBytes = null
      throw error
    })
  return fontBytes
}

const A4 = { width: 595.28, height: 841.89 }
export const MARGIN = 50
const FOOTER_SPACE = 40
export const CONTENT_WIDTH = A4.width - 2 * MARGIN
export const INK = rgb(0.11, 0.16, 0.2)
export const MUTED = rgb(0.3, 0.35, 0.38)

type TextOptions = { size?: number; bold?: boolean; indent?: number; gapAfter?: number; color?: ReturnType<typeof rgb> }

/** Where a drawing goes: its page, the box it may fill and the regular font for labels. */
export type DrawingArea = { page: PDFPage; left: number; bottom: number; width: number; height: number; font: PDFFont }

export class PdfWriter {
  private page: PDFPage
  private y = 0
  replacedCharacters = false

  private constructor(
    readonly pdf: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont; supported: Set<number> },
  ) {
    this.page = this.newPage()
  }

  static async create(): Promise<PdfWriter> {
    const pdf = await PDFDocument.create()
    pdf.registerFontkit(fontkit)
    const files = await readFonts()
    // Subsets: only the glyphs the document uses are embedded, so a record stays tens of kilobytes.
    const regular = await pdf.embedFont(files.regular, { subset: true })
    const bold = await pdf.embedFont(files.bold, { subset: true })
    const boldSet = new Set(bold.getCharacterSet())
    const supported = new Set(regular.getCharacterSet().filter((codePoint) => boldSet.has(codePoint)))
    return new PdfWriter(pdf, { regular, bold, supported })
  }

  private newPage(): PDFPage {
    this.page = this.pdf.addPage([A4.width, A4.height])
    this.y = A4.height - MARGIN
    return this.page
  }

  private ensureSpace(height: number): void {
    if (this.y - height < MARGIN + FOOTER_SPACE) this.newPage()
  }

  /** The text as the font can draw it: tabs as spaces, unsupported characters as "?". */
  printable(text: string): string {
    const characters = Array.from(text.normalize('NFC').replace(/\t/g, '    '))
    return characters
      .map((character) => {
        if (this.fonts.supported.has(character.codePointAt(0) ?? 0)) return character
        this.replacedCharacters = true
        return '?'
      })
      .join('')
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    return text.split('\n').flatMap((line) => wrapText(this.printable(line), width, (part) => font.widthOfTextAtSize(part, size)))
  }

  text(text: string, { size = 10, bold = false, indent = 0, gapAfter = 4, color = INK }: TextOptions = {}): void {
    const font = bold ? this.fonts.bold : this.fonts.regular
    const lineHeight = size * 1.35
    for (const line of this.wrap(text, font, size, CONTENT_WIDTH - indent)) {
      this.ensureSpace(lineHeight)
      this.y -= lineHeight
      if (line) this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color })
    }
    this.y -= gapAfter
  }

  heading(text: string, size = 13): void {
    this.ensureSpace(size * 3)
    this.y -= 8
    this.text(text, { size, bold: true, gapAfter: 6 })
  }

  field(label: string, value: string): void {
    this.text(label, { size: 9, bold: true, gapAfter: 0, color: MUTED })
    this.text(value, { size: 10.5, gapAfter: 6 })
  }

  gap(height: number): void {
    this.y -= height
  }

  async image(dataUrl: string): Promise<void> {
    const png = await this.pdf.embedPng(dataUrl)
    const { width, height } = png.scaleToFit(220, 90)
    this.ensureSpace(height + 8)
    this.y -= height + 4
    this.page.drawImage(png, { x: MARGIN, y: this.y, width, height })
    this.page.drawRectangle({ x: MARGIN - 2, y: this.y - 2, width: width + 4, height: height + 4, borderColor: MUTED, borderWidth: 0.5 })
    this.y -= 8
  }

  /** A drawing of `height` points across the page width (with room below it for a caption). */
  drawing(height: number, draw: (area: DrawingArea) => void): void {
    this.ensureSpace(height + 30)
    const bottom = this.y - height
    draw({ page: this.page, left: MARGIN, bottom, width: CONTENT_WIDTH, height, font: this.fonts.regular })
    this.y = bottom - 30
  }

  footers(lines: (pageNumber: number, pageCount: number) => string[]): void {
    const pages = this.pdf.getPages()
    pages.forEach((page, index) => {
      lines(index + 1, pages.length).forEach((line, row) => {
        page.drawText(this.printable(line), { x: MARGIN, y: MARGIN - 12 - row * 11, size: 8, font: this.fonts.regular, color: MUTED })
      })
    })
  }
}
