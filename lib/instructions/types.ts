/** Types of the pre-procedure instruction schedule. Framework-free. See README.md beside this file. */

/** Categories in display order; also the tie-break order of items due at the same moment. */
export const INSTRUCTION_CATEGORIES = [
  'medicines',
  'food-and-drink',
  'transport',
  'what-to-bring',
  'after-the-block',
] as const

export type InstructionCategory = (typeof INSTRUCTION_CATEGORIES)[number]

export const INSTRUCTION_CATEGORY_LABELS: Readonly<Record<InstructionCategory, string>> = {
  medicines: 'Medicines',
  'food-and-drink': 'Food and drink',
  transport: 'Transport',
  'what-to-bring': 'What to bring',
  'after-the-block': 'After the block',
}

/** 'HH:MM', 24-hour clock, wall-clock time in the schedule's time zone. */
export type TimeOfDay = string

/** When an instruction is due, relative to the appointment. */
export type InstructionTiming =
  | { kind: 'days-before'; days: number; time?: TimeOfDay }
  | { kind: 'hours-before'; hours: number }
  | { kind: 'morning-of'; time?: TimeOfDay }
  | { kind: 'at-appointment' }
  | { kind: 'hours-after'; hours: number }
  | { kind: 'next-morning'; time?: TimeOfDay }

export type InstructionTimingKind = InstructionTiming['kind']

/**
 * What the time of a step means, so it reads right: a deadline ("By 12:00"), the start of a window
 * that lasts ("From 03:30": no pain medicine from then on), a moment ("At 09:30") or simply the day
 * ("On Tuesday 1 December": the time only places the calendar reminder).
 */
export const INSTRUCTION_PHRASINGS = ['by', 'from', 'at', 'on-the-day'] as const

export type InstructionPhrasing = (typeof INSTRUCTION_PHRASINGS)[number]

export const INSTRUCTION_PHRASING_LABELS: Readonly<Record<InstructionPhrasing, string>> = {
  by: 'By this time (a deadline)',
  from: 'From this time on (a window that starts)',
  at: 'At this time',
  'on-the-day': 'On the day (the time is only for the reminder)',
}

export interface InstructionItem {
  id: string | number
  title: string
  details: string
  category: InstructionCategory
  timing: InstructionTiming
  /** How the time reads; absent: the default of the timing kind (`defaultPhrasing`). */
  phrasing?: InstructionPhrasing | null
}

export interface ScheduledInstruction extends InstructionItem {
  /** The instant the instruction is due (UTC): the deadline, the start of the window, the moment or the reminder time on the day. */
  dueAt: Date
  phrasing: InstructionPhrasing
  /** "By 09:00 on Tuesday 1 December", "From 03:30 on …", "At 09:30 on …", "On Tuesday 1 December", in the schedule's time zone. */
  label: string
  /** 'YYYY-MM-DD' of `dueAt` in the schedule's time zone. */
  dayKey: string
  /** "Tuesday 1 December" in the schedule's time zone. */
  dayLabel: string
}

export interface InstructionDay<Item extends ScheduledInstruction = ScheduledInstruction> {
  dayKey: string
  dayLabel: string
  items: Item[]
}

/** A scheduled step as the patient sees it at a given moment. */
export interface ChecklistStep extends ScheduledInstruction {
  /** Its time has passed (see `stepHasPassed`). */
  passed: boolean
  /** Passed, and the appointment is still ahead: the patient should call the clinic before it. */
  callBeforeAppointment: boolean
}
