/** Types of the pain diary. Framework-free. See README.md beside this file. */

export interface DiaryTimePoint {
  /** Stable identifier, e.g. '15-minutes'; lowercase letters, digits and hyphens. */
  key: string
  /** What the patient reads, e.g. '15 minutes after the block'. */
  label: string
  /**
   * Minutes after the block; null for the baseline (just before the block). For a next-morning
   * point this is a nominal value, replaced by the real interval once the block time is known.
   */
  minutesAfterBlock: number | null
  /** Due at a fixed wall-clock time the day after the block instead of a fixed interval. */
  nextMorning?: boolean
  /** How long the point stays 'due-now' after its due time at least, in minutes (default 30). */
  windowMinutes?: number
}

export interface ScheduledTimePoint extends DiaryTimePoint {
  /** When the answer is due; null while the block time is unknown. The baseline is due at the block time. */
  dueAt: Date | null
}

export type TimePointState = 'done' | 'due-now' | 'upcoming' | 'missed'

export interface TimePointWithState extends ScheduledTimePoint {
  state: TimePointState
}

export interface DiaryReminder {
  key: string
  label: string
  dueAt: Date
  state: 'due-now' | 'upcoming'
}

/** Anything that names the time point it answers. */
export interface AnsweredTimePoint {
  timePointKey: string
}
