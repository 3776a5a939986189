import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib'

import { hours, percent, VERDICT_LABELS } from '../../components/clinic/labels'
import { agentLabel, blockLabel, decisionLabel } from '../../lib/clinical'
import { formatDateTime } from '../../lib/dates'
import { wrapText } from '../../lib/wrapText'
import type { DiaryReview } from './diaryReview'

const MARGIN = 50
const INK = rgb(0.11, 0.16, 0.2)
const ACCENT = rgb(0.05, 0.35, 0.4)
const MUTED = rgb(0.45, 0.5, 0.55)

type Pen = { page: PDFPage; font: PDFFont; bold: PDFFont; y: number; doc: PDFDocument }

/** pdf-lib's standard fonts speak WinAnsi only: replace what they cannot draw. */
const printable = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/[^\x20-\x7E\xA0-\xFF]/g, '?')

/** Writes a paragraph at the pen, wrapped to the page width, starting a new page when the page is full. */
function line(pen: Pen, text: string, { size = 11, bold = false, color = INK } = {}) {
  const font = bold ? pen.bold : pen.font
  for (const part of wrapText(printable(text), pen.page.getWidth() - 2 * MARGIN, (candidate) => font.widthOfTextAtSize(candidate, size))) {
    if (pen.y < MARGIN + size) {
      pen.page = pen.doc.addPage()
      pen.y = pen.page.getHeight() - MARGIN
    }
    pen.page.drawText(part, { x: MARGIN, y: pen.y, size, font, color })
    pen.y -= size + 6
  }
}

/** NRS over time against the baseline and the 50% / 80% relief lines, drawn as vectors. */
function chart(pen: Pen, review: DiaryReview) {
  const analysis = review.analyses[0]?.block
  const points = (analysis?.points ?? []).filter((point) => point.nrs != null)
  const width = pen.page.getWidth() - 2 * MARGIN
  const height = 160
  const bottom = pen.y - height
  const maxMinutes = Math.max(60, ...points.map((point) => point.minutesAfterBlock))
  const x = (minutes: number) => MARGIN + (minutes / maxMinutes) * width
  const y = (nrs: number) => bottom + (nrs / 10) * height
  pen.page.drawRectangle({ x: MARGIN, y: bottom, width, height, borderColor: MUTED, borderWidth: 0.5 })
  const baseline = analysis?.baselineNrs
  if (baseline != null) {
    for (const [value, label] of [[baseline, 'baseline'], [baseline * 0.5, '50% relief'], [baseline * 0.2, '80% relief']] as const) {
      pen.page.drawLine({ start: { x: MARGIN, y: y(value) }, end: { x: MARGIN + width, y: y(value) }, color: MUTED, thickness: 0.75, dashArray: [4, 3] })
      pen.page.drawText(label, { x: MARGIN + width - 60, y: y(value) + 2, size: 8, font: pen.font, color: MUTED })
    }
  }
  points.forEach((point, index) => {
    const here = { x: x(point.minutesAfterBlock), y: y(point.nrs as number) }
    pen.page.drawCircle({ ...here, size: 2.5, color: ACCENT })
    const next = points[index + 1]
    if (next) pen.page.drawLine({ start: here, end: { x: x(next.minutesAfterBlock), y: y(next.nrs as number) }, color: ACCENT, thickness: 1.5 })
  })
  pen.page.drawText(`0-10 pain score over ${(maxMinutes / 60).toFixed(1)} h after the block`, { x: MARGIN, y: bottom - 12, size: 8, font: pen.font, color: MUTED })
  pen.y = bottom - 30
}

/** A printable one-diary summary: patient, block, chart, entries, metrics, verdicts and the decision. */
export async function reviewSummaryPdf(review: DiaryReview): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(`Diary review: ${printable(review.patient.fullName)}, ${blockLabel(review.appointment.blockNumber)}`)
  doc.setProducer('Harbour Spine Clinic portal')
  const page = doc.addPage()
  const pen: Pen = { doc, page, font: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold), y: page.getHeight() - MARGIN }

  line(pen, 'Harbour Spine Clinic - pain diary review', { size: 16, bold: true, color: ACCENT })
  line(pen, `${review.patient.fullName}, born ${review.patient.dateOfBirth.slice(0, 10)}`, { bold: true })
  line(pen, `${review.procedure?.title ?? 'Procedure'}, ${blockLabel(review.appointment.blockNumber)}, ${agentLabel(review.appointment.agent)}, ${formatDateTime(new Date(review.appointment.scheduledAt))}`)
  line(pen, `Side and levels: ${review.appointment.side}, ${review.appointment.levels}`)
  pen.y -= 6
  chart(pen, review)

  line(pen, 'Entries', { size: 13, bold: true })
  const before = review.baselineEntry
  if (before) {
    line(pen, `Before the block: pain ${before.nrs} / 10${before.activity ? `, ${before.activity}` : ''}${before.medicines ? `; medicines: ${before.medicines}` : ''}`)
  }
  for (const point of review.analyses[0]?.block.points ?? []) {
    line(
      pen,
      `${point.minutesAfterBlock} min: pain ${point.nrs ?? '-'} / 10, relief ${percent(point.reliefPercent)}${point.activity ? `, ${point.activity}` : ''}${point.medicines ? `; medicines: ${point.medicines}` : ''}`,
    )
  }
  pen.y -= 6
  line(pen, 'Computed metrics and suggested verdicts (for the specialist; not a diagnosis)', { size: 13, bold: true })
  for (const { profile, block } of review.analyses) {
    line(pen, `${profile.name}: ${VERDICT_LABELS[block.verdict]}. Peak ${percent(block.peakReliefPercent)}; at or above ${profile.reliefThresholdPercent}% for ${hours(block.durationAtThresholdHours)}.`)
    for (const reason of block.reasons) line(pen, `  - ${reason}`, { size: 10, color: MUTED })
  }
  for (const { profile, series } of review.series) {
    line(pen, `Series (${profile.name}): ${VERDICT_LABELS[series.verdict]}${series.concordance ? `, concordance ${series.concordance.status}` : ''}`)
  }
  pen.y -= 6
  line(pen, 'Decision', { size: 13, bold: true })
  const decision = review.diary.review?.decision
  line(pen, decisionLabel(decision) ?? 'Not decided yet.')
  if (review.diary.review?.note) line(pen, `Note: ${review.diary.review.note}`)
  if (review.diary.review?.reviewedAt) line(pen, `Recorded ${formatDateTime(new Date(review.diary.review.reviewedAt))}`, { color: MUTED })
  return doc.save()
}
