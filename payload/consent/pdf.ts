import type { PDFDocument } from 'pdf-lib'

import { describeNetworkAddress, tidyName } from '@/lib/consent'
import { formatCalendarDate, formatDateTimeWithZone, type ClinicFormats } from '@/lib/dates'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { MUTED, PdfWriter } from '@/lib/pdf/writer'

export type ConsentPdfInput = {
  clinicName: string
  consentId: number
  /** The record's identifiers, so a reader can tell which patient signed without the portal. */
  patient: { id: number; fullName: string; dateOfBirth: string | null; clinicNumber: string | null }
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
  /** The clinic's time zone and date wording (site settings); every date on the record is written in it, the zone named. */
  formats: ClinicFormats
  /** The language of the text signed (the PDF's declared language). */
  locale?: Locale
}

export const CONSENT_TEXT_ATTACHMENT = 'consent-text.txt'

function when(iso: string, formats: ClinicFormats): string {
  return formatDateTimeWithZone(new Date(iso), formats)
}

function patientFields(writer: PdfWriter, { patient }: ConsentPdfInput, formats: ClinicFormats): void {
  writer.field('Patient', patient.fullName)
  writer.field('Date of birth', patient.dateOfBirth ? formatCalendarDate(new Date(patient.dateOfBirth), formats.region) : 'Not on record')
  writer.field('Clinic number', patient.clinicNumber || 'None on record')
  writer.field('Portal patient record', String(patient.id))
}

/** Exactly what was typed (in quotes, so its spacing shows), then the same name with the spacing tidied. */
function typedNameFields(writer: PdfWriter, typedName: string): void {
  writer.field('Signature: name as typed by the patient', `“${typedName}”`)
  writer.field('Signature: name normalised (spaces tidied)', tidyName(typedName))
}

function setMetadata(pdf: PDFDocument, input: ConsentPdfInput): void {
  const signedAt = new Date(input.signedAt)
  pdf.setTitle(`Signed consent: ${input.document.title}, version ${input.document.version}, signed by ${input.typedName}`)
  pdf.setSubject(`SHA-256 of the consent text shown and signed: ${input.textSha256}`)
  pdf.setKeywords(['consent', `sha256:${input.textSha256}`, `signed-by:${input.typedName}`, `consent-record:${input.consentId}`])
  pdf.setAuthor(input.clinicName)
  pdf.setCreator(`${input.clinicName} patient portal`)
  pdf.setProducer('pdf-lib')
  pdf.setLanguage(input.locale ?? DEFAULT_LOCALE)
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
  const writer = await PdfWriter.create()
  const { pdf } = writer
  setMetadata(pdf, input)

  writer.text(input.clinicName, { size: 10, color: MUTED })
  writer.text('Signed consent record', { size: 18, bold: true, gapAfter: 10 })
  const { formats } = input
  writer.field('Record number', String(input.consentId))
  patientFields(writer, input, formats)
  writer.field(
    'Appointment',
    `${input.appointment.procedureTitle}, ${when(input.appointment.scheduledAt, formats)}; side: ${input.appointment.side}; levels: ${input.appointment.levels} (appointment ${input.appointment.id})`,
  )
  writer.field('Consent document', `${input.document.title}, version ${input.document.version} (document ${input.document.id})`)
  writer.field('Signed at', when(input.signedAt, formats))
  writer.field('Signed at, exact time recorded by the server (UTC)', input.signedAt)
  typedNameFields(writer, input.typedName)
  if (input.drawing) {
    writer.text('Signature: drawn by the patient', { size: 9, bold: true, gapAfter: 0, color: MUTED })
    await writer.image(input.drawing)
  } else {
    writer.field('Signature: drawn by the patient', 'None drawn (the typed name is the signature)')
  }
  writer.field('SHA-256 of the consent text shown and signed', input.textSha256)
  writer.field('Network address the form was sent from', describeNetworkAddress(input.ip))
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
    `${input.clinicName} · signed consent record ${input.consentId} · ${input.patient.clinicNumber ? `clinic number ${input.patient.clinicNumber}` : `portal patient record ${input.patient.id}`} · page ${pageNumber} of ${pageCount}`,
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
