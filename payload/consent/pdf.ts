import type { PDFDocument } from 'pdf-lib'

import { describeNetworkAddress, tidyName } from '@/lib/consent'
import { formatCalendarDate, formatDate, formatTime, type ClinicFormats } from '@/lib/dates'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
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
  /** The language of the text signed: the PDF's declared language, and the language of its own labels and dates. */
  locale?: Locale
}

type Labels = ReturnType<typeof translatorFor>

export const CONSENT_TEXT_ATTACHMENT = 'consent-text.txt'

/** "Friday, November 27, 2026, 8:15 AM (America/New_York)", "viernes, 27 de noviembre de 2026, 8:15 a. m. (America/New_York)". */
function when(iso: string, formats: ClinicFormats, locale: Locale): string {
  const date = new Date(iso)
  return `${formatDate(date, formats, locale)}, ${formatTime(date, formats, locale)} (${formats.timeZone})`
}

/** "left", "izquierdo": the side in the record's language; a value the catalogue does not know, as stored. */
function sideIn(t: Labels, side: string): string {
  return side === 'left' || side === 'right' || side === 'both' ? t(`appointments.sides.${side}`).toLowerCase() : side
}

function patientFields(writer: PdfWriter, { patient }: ConsentPdfInput, formats: ClinicFormats, t: Labels, locale: Locale): void {
  writer.field(t('consentPdf.patient'), patient.fullName)
  writer.field(
    t('consentPdf.dateOfBirth'),
    patient.dateOfBirth ? formatCalendarDate(new Date(patient.dateOfBirth), formats.region, locale) : t('consentPdf.notOnRecord'),
  )
  writer.field(t('consentPdf.clinicNumber'), patient.clinicNumber || t('consentPdf.noneOnRecord'))
  writer.field(t('consentPdf.patientRecord'), String(patient.id))
}

/** Exactly what was typed (in quotes, so its spacing shows), then the same name with the spacing tidied. */
function typedNameFields(writer: PdfWriter, typedName: string, t: Labels): void {
  writer.field(t('consentPdf.typedName'), `“${typedName}”`)
  writer.field(t('consentPdf.tidiedName'), tidyName(typedName))
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

  const locale = input.locale ?? DEFAULT_LOCALE
  const t = translatorFor(locale)
  writer.text(input.clinicName, { size: 10, color: MUTED })
  writer.text(t('consentPdf.heading'), { size: 18, bold: true, gapAfter: 10 })
  const { formats } = input
  writer.field(t('consentPdf.recordNumber'), String(input.consentId))
  patientFields(writer, input, formats, t, locale)
  const { appointment, document } = input
  writer.field(
    t('consentPdf.appointment'),
    t('consentPdf.appointmentValue', {
      procedure: appointment.procedureTitle,
      when: when(appointment.scheduledAt, formats, locale),
      side: sideIn(t, appointment.side),
      levels: appointment.levels,
      id: String(appointment.id),
    }),
  )
  writer.field(t('consentPdf.document'), t('consentPdf.documentValue', { title: document.title, version: document.version, id: String(document.id) }))
  writer.field(t('consentPdf.signedAt'), when(input.signedAt, formats, locale))
  writer.field(t('consentPdf.signedAtUtc'), input.signedAt)
  typedNameFields(writer, input.typedName, t)
  if (input.drawing) {
    writer.text(t('consentPdf.drawn'), { size: 9, bold: true, gapAfter: 0, color: MUTED })
    await writer.image(input.drawing)
  } else {
    writer.field(t('consentPdf.drawn'), t('consentPdf.noneDrawn'))
  }
  writer.field(t('consentPdf.sha'), input.textSha256)
  writer.field(t('consentPdf.address'), describeNetworkAddress(input.ip))
  writer.field(t('consentPdf.browser'), input.userAgent ?? t('consentPdf.notRecorded'))

  writer.heading(t('consentPdf.meaning'))
  writer.text(input.meaning)

  writer.heading(t('consentPdf.statements'))
  input.acknowledgements.forEach((statement, index) => writer.text(`[x] ${index + 1}. ${statement}`, { indent: 6 }))

  writer.heading(t('consentPdf.text'))
  writer.text(t('consentPdf.textNote', { file: CONSENT_TEXT_ATTACHMENT }), { size: 9, color: MUTED, gapAfter: 8 })
  writer.text(input.snapshotText.replace(/\n$/, ''), { size: 10 })

  if (writer.replacedCharacters) {
    writer.text(t('consentPdf.replaced', { file: CONSENT_TEXT_ATTACHMENT }), { size: 9, color: MUTED })
  }
  const who = input.patient.clinicNumber
    ? t('consentPdf.footerClinicNumber', { number: input.patient.clinicNumber })
    : t('consentPdf.footerPatientRecord', { id: String(input.patient.id) })
  writer.footers((pageNumber, pageCount) => [
    t('consentPdf.footer', { clinic: input.clinicName, id: String(input.consentId), who, page: pageNumber, pages: pageCount }),
    t('consentPdf.footerSha', { sha: input.textSha256 }),
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
