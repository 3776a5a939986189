/** Pre-procedure instruction schedule: pure, framework-free. Rules in README.md beside this file. */
export type {
  ChecklistStep,
  InstructionCategory,
  InstructionPhrasing,
  InstructionDay,
  InstructionItem,
  InstructionTiming,
  InstructionTimingKind,
  ScheduledInstruction,
  TimeOfDay,
} from './types'
export { INSTRUCTION_CATEGORIES, INSTRUCTION_CATEGORY_LABELS, INSTRUCTION_PHRASINGS, INSTRUCTION_PHRASING_LABELS } from './types'
export { checklistAt, defaultPhrasing, phrasedDueLabel, stepHasPassed, stepPassesAt } from './wording'
export { instructionItemSchema, instructionTimingSchema, parseInstructionTiming } from './schema'
export { DEFAULT_DUE_TIMES, groupByDay, instructionDueAt, scheduleInstructions } from './schedule'
export type { InstructionCalendarOptions } from './ics'
export { instructionsToIcs, reminderAt } from './ics'
