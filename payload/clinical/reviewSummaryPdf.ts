import { rgb } from 'pdf-lib'

import { hours, percent, VERDICT_LABELS } from '../../components/clinic/labels'
import { agentLabel, blockLabel, decisionLabel } from '../../lib/clinical'
import { formatDateTime } from '../../lib/dates'
import { INK, MUTED, PdfWriter } from '../../lib/pdf/writer'
import type { DiaryReview } from './diaryReview'

const ACCENT = rgb(0.05, 0.35, 0.4)

/** NRS over time against the baseline and the 50% / 80% relief lines, drawn as vectors. */
function chart(writer: PdfWriter, review: DiaryReview) {
  const analysis = review.analyses[0]?.block
  const points = (analysis?.points ?? []).filter((point) => point.nrs != null)
  const maxMinutes = Math.max(60, ...points.map((point) => point.minutesAfterBlock))
  writer.drawing(160, ({ page, left, bottom, width, height, font }) => {
    const x = (minutes: number) => left + (minutes / maxMinutes) * width
    const y = (nrs: number) => bottom + (nrs / 10) * height
    page.drawRectangle({ x: left, y: bottom, width, height, borderColor: MUTED, borderWidth: 0.5 })
    const baseline = analysis?.baselineNrs
    if (baseline != null) {
      for (const [value, label] of [[baseline, 'baseline'], [baseline * 0.5, '50% relief'], [baseline * 0.2, '80% relief']] as const) {
        page.drawLine({ start: { x: left, y: y(value) }, end: { x: left + width, y: y(value) }, color: MUTED, thickness: 0.75, dashArray: [4, 3] })
        page.drawText(label, { x: left + width - 60, y: y(value) + 2, size: 8, font, color: MUTED })
      }
    }
    points.forEach((point, index) => {
      const here = { x: x(point.minutesAfterBlock), y: y(point.nrs as number) }
      page.drawCircle({ ...here, size: 2.5, color: ACCENT })
      const next = points[index + 1]
      if (next) page.drawLine({ start: here, end: { x: x(next.minutesAfterBlock), y: y(next.nrs as number) }, color: ACCENT, thickness: 1.5 })
    })
    page.drawText(`0-10 pain score over ${(maxMinutes / 60).toFixed(1)} h after the block`, { x: left, y: bottom - 12, size: 8, font, color: MUTED })
  })
}

/** A printable one-diary summary: patient, block, chart, entries, metrics, verdicts and the decision. */
export async function reviewSummaryPdf(review: DiaryReview): Promise<Uint8Array> {
  const writer = await PdfWriter.create()
  writer.pdf.setTitle(`Diary review: ${review.patient.fullName}, ${blockLabel(review.appointment.blockNumber)}`)
  writer.pdf.setProducer('Harbour Spine Clinic portal')
  const line = (text: string, { size = 11, bold = false, color = INK } = {}) => writer.text(text, { size, bold, color, gapAfter: 2 })

  line('Harbour Spine Clinic - pain diary review', { size: 16, bold: true, color: ACCENT })
  line(`${review.patient.fullName}, born ${review.patient.dateOfBirth.slice(0, 10)}`, { bold: true })
  line(`${review.procedure?.title ?? 'Procedure'}, ${blockLabel(review.appointment.blockNumber)}, ${agentLabel(review.appointment.agent)}, ${formatDateTime(new Date(review.appointment.scheduledAt))}`)
  line(`Side and levels: ${review.appointment.side}, ${review.appointment.levels}`)
  writer.gap(6)
  chart(writer, review)

  line('Entries', { size: 13, bold: true })
  const before = review.baselineEntry
  if (before) {
    line(`Before the block: pain ${before.nrs} / 10${before.activity ? `, ${before.activity}` : ''}${before.medicines ? `; medicines: ${before.medicines}` : ''}`)
  }
  for (const point of review.analyses[0]?.block.points ?? []) {
    line(
      `${point.minutesAfterBlock} min: pain ${point.nrs ?? '-'} / 10, relief ${percent(point.reliefPercent)}${point.activity ? `, ${point.activity}` : ''}${point.medicines ? `; medicines: ${point.medicines}` : ''}`,
    )
  }
  writer.gap(6)
  line('Computed metrics and suggested verdicts (for the specialist; not a diagnosis)', { size: 13, bold: true })
  for (const { profile, block } of review.analyses) {
    line(`${profile.name}: ${VERDICT_LABELS[block.verdict]}. Peak ${percent(block.peakReliefPercent)}; at or above ${profile.reliefThresholdPercent}% for ${hours(block.durationAtThresholdHours)}.`)
    for (const reason of block.reasons) line(`  - ${reason}`, { size: 10, color: MUTED })
  }
  for (const { profile, series } of review.series) {
    line(`Series (${profile.name}): ${VERDICT_LABELS[series.verdict]}${series.concordance ? `, concordance ${series.concordance.status}` : ''}`)
  }
  writer.gap(6)
  line('Decision', { size: 13, bold: true })
  const decision = review.diary.review?.decision
  line(decisionLabel(decision) ?? 'Not decided yet.')
  if (review.diary.review?.note) line(`Note: ${review.diary.review.note}`)
  if (review.diary.review?.reviewedAt) line(`Recorded ${formatDateTime(new Date(review.diary.review.reviewedAt))}`, { color: MUTED })
  return writer.pdf.save()
}
