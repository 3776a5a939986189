import type { FollowUpPlan } from '@/lib/outcomes'

/** A follow-up plan as the CMS stores it (one row per point) and back; lib/outcomes' schema judges it. */
export type PlanPointRow = {
  key?: string | null
  label?: string | null
  timing?: 'baseline' | 'after' | null
  amount?: number | null
  unit?: 'days' | 'weeks' | 'months' | null
  opensDaysBefore?: number | null
  closesDaysAfter?: number | null
  /** Instrument keys (resolved from the relationship before this is called). */
  instrumentKeys?: string[]
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value)

export function planFromRows(dueTime: string | null | undefined, points: readonly PlanPointRow[]): unknown {
  return {
    dueTime: orUndefined(dueTime),
    points: points.map((point) => ({
      key: orUndefined(point.key),
      label: orUndefined(point.label),
      timing: point.timing === 'baseline' ? { kind: 'baseline' } : { kind: 'after', amount: orUndefined(point.amount), unit: orUndefined(point.unit) },
      opensDaysBefore: orUndefined(point.opensDaysBefore),
      closesDaysAfter: orUndefined(point.closesDaysAfter),
      instrumentIds: point.instrumentKeys ?? [],
    })),
  }
}

/** The plan as rows, with instrument keys to be turned into relationship ids by the caller. */
export function rowsFromPlan(plan: FollowUpPlan): PlanPointRow[] {
  return plan.points.map((point) => ({
    key: point.key,
    label: point.label,
    timing: point.timing.kind,
    ...(point.timing.kind === 'after' ? { amount: point.timing.amount, unit: point.timing.unit } : {}),
    opensDaysBefore: point.opensDaysBefore,
    closesDaysAfter: point.closesDaysAfter,
    instrumentKeys: [...point.instrumentIds],
  }))
}
