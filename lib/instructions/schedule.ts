import { type ClinicFormats, formatDayLabel, parseTimeOfDay, zonedDateKey, zonedDateTime } from '../dates'
import type { Locale } from '../i18n/config'
import { parseInstructionTiming } from './schema'
import {
  INSTRUCTION_CATEGORIES,
  type InstructionDay,
  type InstructionItem,
  type InstructionTiming,
  type ScheduledInstruction,
} from './types'
import { defaultPhrasing, phrasedDueLabel } from './wording'

const HOUR_MS = 3_600_000

/** Default wall-clock times of the timings that name a day but no time. */
export const DEFAULT_DUE_TIMES = Object.freeze({
  'days-before': '18:00',
  'morning-of': '07:00',
  'next-morning': '09:00',
})

function wallClock(time: string | undefined, fallback: string): { hour: number; minute: number } {
  const parsed = parseTimeOfDay(time ?? fallback)
  if (!parsed) throw new Error(`Invalid time of day "${time}": expected HH:MM.`)
  return parsed
}

/** The instant an instruction with this timing is due, for an appointment starting at `appointmentStart`. */
export function instructionDueAt(timing: InstructionTiming, appointmentStart: Date, timeZone: string): Date {
  const at = (dayOffset: number, time: string | undefined, fallback: string) =>
    zonedDateTime(appointmentStart, timeZone, { dayOffset, ...wallClock(time, fallback) })
  switch (timing.kind) {
    case 'days-before':
      return at(-timing.days, timing.time, DEFAULT_DUE_TIMES['days-before'])
    case 'hours-before':
      return new Date(appointmentStart.getTime() - timing.hours * HOUR_MS)
    case 'morning-of':
      return at(0, timing.time, DEFAULT_DUE_TIMES['morning-of'])
    case 'at-appointment':
      return new Date(appointmentStart.getTime())
    case 'hours-after':
      return new Date(appointmentStart.getTime() + timing.hours * HOUR_MS)
    case 'next-morning':
      return at(1, timing.time, DEFAULT_DUE_TIMES['next-morning'])
  }
}

function categoryRank(item: InstructionItem): number {
  return INSTRUCTION_CATEGORIES.indexOf(item.category)
}

function compareScheduled(a: ScheduledInstruction, b: ScheduledInstruction): number {
  return a.dueAt.getTime() - b.dueAt.getTime() || categoryRank(a) - categoryRank(b)
}

function scheduleOne(item: InstructionItem, appointmentStart: Date, formats: ClinicFormats, locale: Locale): ScheduledInstruction {
  const timing = parseInstructionTiming(item.timing)
  const dueAt = instructionDueAt(timing, appointmentStart, formats.timeZone)
  const phrasing = item.phrasing ?? defaultPhrasing(timing.kind)
  return {
    ...item,
    dueAt,
    phrasing,
    label: phrasedDueLabel(phrasing, dueAt, formats, locale),
    dayKey: zonedDateKey(dueAt, formats.timeZone),
    dayLabel: formatDayLabel(dueAt, formats, locale),
  }
}

/**
 * Dates every instruction for one appointment, sorted by due time, then category order, then input
 * order. Throws when an item's timing is invalid (the CMS validates with the same schema).
 */
export function scheduleInstructions(
  items: readonly InstructionItem[],
  appointmentStart: Date,
  formats: ClinicFormats,
  locale: Locale = 'en',
): ScheduledInstruction[] {
  if (Number.isNaN(appointmentStart.getTime())) throw new RangeError('The appointment start is not a valid date.')
  return items.map((item) => scheduleOne(item, appointmentStart, formats, locale)).sort(compareScheduled)
}

/** Splits a schedule into days (in the schedule's time zone), earliest day first; items keep their order. */
export function groupByDay<Item extends ScheduledInstruction>(schedule: readonly Item[]): InstructionDay<Item>[] {
  const days = new Map<string, InstructionDay<Item>>()
  for (const item of schedule) {
    const day = days.get(item.dayKey) ?? { dayKey: item.dayKey, dayLabel: item.dayLabel, items: [] }
    day.items.push(item)
    days.set(item.dayKey, day)
  }
  return [...days.values()].sort((a, b) => a.dayKey.localeCompare(b.dayKey))
}
