import { rgb } from 'pdf-lib'

import { duration, durationSummary, percent, profileSource, VERDICT_LABELS } from '@/components/clinic/labels'
import { timeAxis } from '@/components/clinic/timeAxis'
import { agentLabel, blockLabel, decisionLabel } from '@/lib/clinical'
import { formatDateTime } from '@/lib/dates'
import { INK, MUTED, PdfWriter, type DrawingArea } from '@/lib/pdf/writer'
import type { DiaryReview } from './diaryReview'

const ACCENT = rgb(0.05, 0.35, 0.4)
const WARNING = rgb(0.64, 0.15, 0.17)
const Y_AXIS_ROOM = 30
const X_AXIS_ROOM = 16

type Plot = { x: (minutes: number) => number; y: (nrs: number) => number; left: number; right: number; bottom: number; top: number }

function plotArea({ left, bottom, width, height }: DrawingArea, review: DiaryReview): Plot & { axis: ReturnType<typeof timeAxis> } {
  const points = review.analyses[0]?.block.points ?? []
  const axis = timeAxis([...points.map((point) => point.minutesAfterBlock), ...(review.analyses[0]?.block.missedMinutes ?? [])])
  const plot = { left: left + Y_AXIS_ROOM, right: left + width - 4, bottom: bottom + X_AXIS_ROOM, top: bottom + height }
  return {
    ...plot,
    axis,
    x: (minutes: number) => plot.left + (axis.position(minutes) / axis.end) * (plot.right - plot.left),
    y: (nrs: number) => plot.bottom + (nrs / 10) * (plot.top - plot.bottom),
  }
}

/** Axes with their values: pain 0-10 up the side, the time after the block along the bottom. */
function drawAxes({ page, font }: DrawingArea, plot: ReturnType<typeof plotArea>) {
  page.drawLine({ start: { x: plot.left, y: plot.bottom }, end: { x: plot.left, y: plot.top }, color: INK, thickness: 0.75 })
  page.drawLine({ start: { x: plot.left, y: plot.bottom }, end: { x: plot.right, y: plot.bottom }, color: INK, thickness: 0.75 })
  for (const nrs of [0, 2, 4, 6, 8, 10]) {
    page.drawLine({ start: { x: plot.left - 3, y: plot.y(nrs) }, end: { x: plot.left, y: plot.y(nrs) }, color: INK, thickness: 0.75 })
    page.drawText(String(nrs), { x: plot.left - 14, y: plot.y(nrs) - 3, size: 7, font, color: INK })
  }
  page.drawText('Pain', { x: plot.left - Y_AXIS_ROOM, y: plot.top - 3, size: 7, font, color: MUTED })
  for (const tick of plot.axis.ticks) {
    const x = plot.left + (tick.position / plot.axis.end) * (plot.right - plot.left)
    page.drawLine({ start: { x, y: plot.bottom - 3 }, end: { x, y: plot.bottom }, color: INK, thickness: 0.75 })
    page.drawText(tick.label, { x: x - font.widthOfTextAtSize(tick.label, 7) / 2, y: plot.bottom - 11, size: 7, font, color: INK })
  }
  if (plot.axis.breakAt != null) {
    const x = plot.left + (plot.axis.breakAt / plot.axis.end) * (plot.right - plot.left)
    page.drawLine({ start: { x, y: plot.bottom }, end: { x, y: plot.top }, color: MUTED, thickness: 0.5, dashArray: [1, 3] })
  }
}

/** The baseline and the score meaning each profile's relief threshold, labelled with their values. */
function drawThresholds({ page, font }: DrawingArea, plot: Plot, review: DiaryReview) {
  const baseline = review.analyses[0]?.block.baselineNrs
  if (baseline == null || baseline <= 0) return
  const thresholds = [...new Set(review.analyses.map(({ profile }) => profile.reliefThresholdPercent))]
  const lines: [number, string][] = [[baseline, `baseline ${baseline}`], ...thresholds.map((threshold): [number, string] => {
    const score = baseline * (1 - threshold / 100)
    return [score, `${threshold}% relief (pain ${Math.round(score * 10) / 10})`]
  })]
  for (const [value, label] of lines) {
    page.drawLine({ start: { x: plot.left, y: plot.y(value) }, end: { x: plot.right, y: plot.y(value) }, color: MUTED, thickness: 0.75, dashArray: [4, 3] })
    page.drawText(label, { x: plot.right - font.widthOfTextAtSize(label, 7) - 2, y: plot.y(value) + 2, size: 7, font, color: MUTED })
  }
}

/** NRS over the time after the block, with axes, values and the threshold lines, drawn as vectors. */
function chart(writer: PdfWriter, review: DiaryReview) {
  const points = review.analyses[0]?.block.points ?? []
  writer.drawing(170, (area) => {
    const plot = plotArea(area, review)
    drawAxes(area, plot)
    drawThresholds(area, plot, review)
    points.forEach((point, index) => {
      const here = { x: plot.x(point.minutesAfterBlock), y: plot.y(point.nrs) }
      area.page.drawCircle({ ...here, size: 2.5, color: ACCENT })
      area.page.drawText(String(point.nrs), { x: here.x + 3, y: here.y + 3, size: 7, font: area.font, color: ACCENT })
      const next = points[index + 1]
      if (next) area.page.drawLine({ start: here, end: { x: plot.x(next.minutesAfterBlock), y: plot.y(next.nrs) }, color: ACCENT, thickness: 1.5 })
    })
    area.page.drawText('Time after the block: the day of the block hour by hour, later answers set apart', { x: plot.left, y: area.bottom - 12, size: 8, font: area.font, color: MUTED })
  })
}

function entryLines(review: DiaryReview): string[] {
  const analysis = review.analyses[0]?.block
  if (!analysis) return []
  const answered = analysis.points.map((point) => ({
    minutes: point.minutesAfterBlock,
    text: `${duration(point.minutesAfterBlock)}: pain ${point.nrs} / 10, relief ${percent(point.reliefPercent)}${point.reportedReliefPercent != null ? ` (patient: ${percent(point.reportedReliefPercent)})` : ''}${point.activity ? `, ${point.activity}` : ''}${point.medicines ? `; medicines: ${point.medicines}` : ''}`,
  }))
  const missed = analysis.missedMinutes.map((minutes) => ({ minutes, text: `${duration(minutes)}: missed, no answer` }))
  return [...answered, ...missed].sort((a, b) => a.minutes - b.minutes).map((line) => line.text)
}

/** A printable one-diary summary: patient, block, flags and verdicts first, chart, entries, and the decision with who made it. */
export async function reviewSummaryPdf(review: DiaryReview): Promise<Uint8Array> {
  const writer = await PdfWriter.create()
  writer.pdf.setTitle(`Diary review: ${review.patient.fullName}, ${blockLabel(review.appointment.blockNumber)}`)
  writer.pdf.setProducer('Harbour Spine Clinic portal')
  const line = (text: string, { size = 11, bold = false, color = INK } = {}) => writer.text(text, { size, bold, color, gapAfter: 2 })

  line('Harbour Spine Clinic - pain diary review', { size: 16, bold: true, color: ACCENT })
  line(`${review.patient.fullName}, born ${review.patient.dateOfBirth.slice(0, 10)}`, { bold: true })
  line(`${review.procedure?.title ?? 'Procedure'}, ${blockLabel(review.appointment.blockNumber)}, ${agentLabel(review.appointment.agent)}, ${formatDateTime(new Date(review.appointment.scheduledAt), review.formats)}`)
  line(`Side and levels: ${review.appointment.side}, ${review.appointment.levels}`)
  writer.gap(6)

  line('Flags that make this block hard to read', { size: 13, bold: true })
  if (review.flags.length === 0) line('None found.')
  for (const flag of review.flags) line(`Flag: ${flag.message}${flag.profileNames ? ` (${flag.profileNames.join(', ')})` : ''}`, { size: 10, color: WARNING })
  writer.gap(6)

  line('Suggested verdicts (for the specialist; not a diagnosis)', { size: 13, bold: true })
  for (const { profile, block } of review.analyses) {
    line(`${profile.name}: ${VERDICT_LABELS[block.verdict]}. Criteria: ${profileSource(profile)}.`, { bold: true, size: 10.5 })
    line(`  Peak ${percent(block.peakReliefPercent)}. ${block.windowText ? `${block.windowText}. ` : ''}${durationSummary(block)}`, { size: 10 })
    for (const reason of block.reasons) line(`  - ${reason}`, { size: 9.5, color: MUTED })
  }
  for (const { profile, series } of review.series) {
    line(`Series (${profile.name}): ${VERDICT_LABELS[series.verdict]}${series.concordance ? `, concordance ${series.concordance.status}` : ''}. ${series.reasons[0] ?? ''}`, { size: 10 })
  }
  writer.gap(6)
  chart(writer, review)

  line('Entries', { size: 13, bold: true })
  const before = review.baselineEntry
  if (before) line(`Before the block: pain ${before.nrs} / 10${before.activity ? `, ${before.activity}` : ''}${before.medicines ? `; medicines: ${before.medicines}` : ''}`)
  for (const text of entryLines(review)) line(text, { size: 10 })
  writer.gap(6)

  line('Decision', { size: 13, bold: true })
  line(decisionLabel(review.diary.review?.decision) ?? 'Not decided yet.')
  if (review.diary.review?.note) line(`Note: ${review.diary.review.note}`)
  if (review.diary.review?.reviewedAt) {
    line(`Decided by ${review.reviewerName ?? 'an unknown reviewer'} on ${formatDateTime(new Date(review.diary.review.reviewedAt), review.formats)}`, { color: MUTED })
  }
  // Without object streams, like the consent PDF: readable by simple tools (and by the tests).
  return writer.pdf.save({ useObjectStreams: false })
}
