import { formatDuration } from '@/lib/block-analysis'

/** Answers up to this many minutes after the block share a linear axis; later ones are set apart. */
const DAY_OF_BLOCK_MINUTES = 9 * 60
/** Where the first later answer sits, in hour-widths: one empty hour-width marks the break. */
const LATER_SLOT_START = 10

export type TimeAxis = {
  /** Horizontal position of an answer, in hour-widths from the block. */
  position: (minutes: number) => number
  ticks: { position: number; label: string }[]
  end: number
  /** Position of the break between the day of the block and later answers; null when there are none. */
  breakAt: number | null
}

/**
 * A time axis that gives the first hours their room: hourly and linear through the day of the block,
 * with each later answer (the next morning) in its own slot after a visible break, labelled with its
 * real time after the block. Shared by the review page's chart and the summary PDF.
 */
export function timeAxis(minutesList: readonly number[]): TimeAxis {
  const later = [...new Set(minutesList.filter((minutes) => minutes > DAY_OF_BLOCK_MINUTES))].sort((a, b) => a - b)
  const lastDayMinutes = Math.max(8 * 60, ...minutesList.filter((minutes) => minutes <= DAY_OF_BLOCK_MINUTES))
  const dayHours = Math.ceil(lastDayMinutes / 60)
  const position = (minutes: number) => (minutes <= DAY_OF_BLOCK_MINUTES ? minutes / 60 : LATER_SLOT_START + later.indexOf(minutes))
  const ticks = Array.from({ length: dayHours + 1 }, (_, hour) => ({ position: hour, label: hour === 0 ? 'block' : `${hour} h` }))
  for (const minutes of later) ticks.push({ position: position(minutes), label: formatDuration(minutes) })
  return {
    position,
    ticks,
    end: later.length > 0 ? LATER_SLOT_START + later.length - 0.5 : dayHours,
    breakAt: later.length > 0 ? (dayHours + LATER_SLOT_START) / 2 : null,
  }
}
