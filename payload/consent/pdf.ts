import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

import { formatDateTime } from '../../lib/dates'
import { wrapText } from '../../lib/wrapText'

export type ConsentPdfInput = {
  clinicName: string
  consentId: number
  patient: { id: number; fullName: string }
  appointment: { id: number; scheduledAt: string; procedureTitle: string; side: string; levels: string }
  document: { id: number; title: string; version: number }
  /** The exact text shown and signed. */
  snapshotText: string
  textSha256: string
  acknowledgements: string[]
  typedName: string
  drawing: string | null
  signedAt: string
  ip: string | null
  userAgent: string | null
  meaning: string
}

export const CONSENT_TEXT_ATTACHMENT = 'consent-text.txt'

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 50
const FOOTER_SPACE = 40
const CONTENT_WIDTH = A4.width - 2 * MARGIN
const INK = rgb(0.11, 0.16, 0.2)
const MUTED = rgb(0.3, 0.35, 0.38)

type Fonts = { regular: PDFFont; bold: PDFFont; supported: Set<number> }

/** Lays text out top to bottom, starting a new page when one is full. */
class Writer {
  private page: PDFPage
  private y = 0
  replacedCharacters = false

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.page = this.newPage()
  }

  private newPage(): PDFPage {
    this.page = this.pdf.addPage([A4.width, A4.height])
    this.y = A4.height - MARGIN
    return this.page
  }

  private ensureSpace(height: number): void {
    if (this.y - height < MARGIN + FOOTER_SPACE) this.newPage()
  }

  /** Standard PDF fonts cover Windows-1252 only; other characters print as "?" (the attachment keeps them). */
  private printable(text: string): string {
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

  text(text: string, { size = 10, bold = false, indent = 0, gapAfter = 4, color = INK } = {}): void {
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

  async image(dataUrl: string): Promise<void> {
    const png = await this.pdf.embedPng(dataUrl)
    const { width, height } = png.scaleToFit(220, 90)
    this.ensureSpace(height + 8)
    this.y -= height + 4
    this.page.drawImage(png, { x: MARGIN, y: this.y, width, height })
    this.page.drawRectangle({ x: MARGIN - 2, y: this.y - 2, width: width + 4, height: height + 4, borderColor: MUTED, borderWidth: 0.5 })
    this.y -= 8
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

function when(iso: string): string {
  return `${formatDateTime(new Date(iso))} (UK time) · ${iso}`
}

function setMetadata(pdf: PDFDocument, input: ConsentPdfInput): void {
  const signedAt = new Date(input.signedAt)
  pdf.setTitle(`Signed consent: ${input.document.title}, version ${input.document.version}, signed by ${input.typedName}`)
  pdf.setSubject(`SHA-256 of the consent text shown and signed: ${input.textSha256}`)
  pdf.setKeywords(['consent', `sha256:${input.textSha256}`, `signed-by:${input.typedName}`, `consent-record:${input.consentId}`])
  pdf.setAuthor(input.clinicName)
  pdf.setCreator(`${input.clinicName} patient portal`)
  pdf.setProducer('pdf-lib')
  pdf.setLanguage('en-GB')
  pdf.setCreationDate(signedAt)
  pdf.setModificationDate(signedAt)
}

/**
 * The signed consent as a PDF: who signed what and when, the ticked statements, the typed and drawn
 * signature, the SHA-256 of the text and the text itself. The exact text is also attached as UTF-8
 * (`consent-text.txt`), so hashing the attachment reproduces the fingerprint. Uncompressed object
 * structure, so the metadata can be read without a PDF library.
 */
export async function consentPdf(input: ConsentPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const fonts = { regular, bold: await pdf.embedFont(StandardFonts.HelveticaBold), supported: new Set(regular.getCharacterSet()) }
  const writer = new Writer(pdf, fonts)
  setMetadata(pdf, input)

  writer.text(input.clinicName, { size: 10, color: MUTED })
  writer.text('Signed consent record', { size: 18, bold: true, gapAfter: 10 })
  writer.field('Record number', String(input.consentId))
  writer.field('Patient', `${input.patient.fullName} (patient record ${input.patient.id})`)
  writer.field(
    'Appointment',
    `${input.appointment.procedureTitle}, ${when(input.appointment.scheduledAt)}; side: ${input.appointment.side}; levels: ${input.appointment.levels} (appointment ${input.appointment.id})`,
  )
  writer.field('Consent document', `${input.document.title}, version ${input.document.version} (document ${input.document.id})`)
  writer.field('Signed at (clinic server time)', when(input.signedAt))
  writer.field('Signature: full name typed by the patient', input.typedName)
  if (input.drawing) {
    writer.text('Signature: drawn by the patient', { size: 9, bold: true, gapAfter: 0, color: MUTED })
    await writer.image(input.drawing)
  } else {
    writer.field('Signature: drawn by the patient', 'None drawn (the typed name is the signature)')
  }
  writer.field('SHA-256 of the consent text shown and signed', input.textSha256)
  writer.field('IP address', input.ip ?? 'Not recorded')
  writer.field('Browser (user agent)', input.userAgent ?? 'Not recorded')

  writer.heading('What the signature means')
  writer.text(input.meaning)

  writer.heading('Statements the patient ticked')
  input.acknowledgements.forEach((statement, index) => writer.text(`[x] ${index + 1}. ${statement}`, { indent: 6 }))

  writer.heading('The consent text shown to the patient')
  writer.text(
    `This is the text the fingerprint covers. It is also attached to this PDF, byte for byte, as ${CONSENT_TEXT_ATTACHMENT} (UTF-8): its SHA-256 is the fingerprint above.`,
    { size: 9, color: MUTED, gapAfter: 8 },
  )
  writer.text(input.snapshotText.replace(/\n$/, ''), { size: 10 })

  if (writer.replacedCharacters) {
    writer.text(
      `Some characters cannot be printed with this PDF's font and show as "?". The attached ${CONSENT_TEXT_ATTACHMENT} and the document properties hold them exactly.`,
      { size: 9, color: MUTED },
    )
  }
  writer.footers((pageNumber, pageCount) => [
    `${input.clinicName} · signed consent record ${input.consentId} · page ${pageNumber} of ${pageCount}`,
    `SHA-256 of the signed text: ${input.textSha256}`,
  ])

  const signedAt = new Date(input.signedAt)
  await pdf.attach(new TextEncoder().encode(input.snapshotText), CONSENT_TEXT_ATTACHMENT, {
    mimeType: 'text/plain',
    description: `The consent text shown and signed; SHA-256 ${input.textSha256}`,
    creationDate: signedAt,
    modificationDate: signedAt,
  })
  return pdf.save({ useObjectStreams: false })
}
