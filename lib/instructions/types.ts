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

export interface InstructionItem {
  id: string | number
  title: string
  details: string
  category: InstructionCategory
  timing: InstructionTiming
}

export interface ScheduledInstruction extends InstructionItem {
  /** The instant the instruction is due (UTC). */
  dueAt: Date
  /** "Tuesday 1 December, by 09:00" in the schedule's time zone. */
  label: string
  /** 'YYYY-MM-DD' of `dueAt` in the schedule's time zone. */
  dayKey: string
  /** "Tuesday 1 December" in the schedule's time zone. */
  dayLabel: string
}

export interface InstructionDay {
  dayKey: string
  dayLabel: string
  items: ScheduledInstruction[]
}
