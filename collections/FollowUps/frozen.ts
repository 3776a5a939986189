import { followUpPlanSchema, instrumentSchema, type FollowUpPlan, type Instrument } from '@/lib/outcomes'

/**
 * A follow-up keeps the plan and the instrument definitions it started with (JSON), like a diary
 * keeps its questionnaire: later CMS edits never change what a patient was asked or how it scored.
 * Reading them back goes through the same lib/outcomes schemas; a damaged copy reads as nothing.
 */
export function frozenPlan(value: unknown): FollowUpPlan | null {
  const result = followUpPlanSchema.safeParse(value)
  return result.success ? result.data : null
}

export function frozenInstruments(value: unknown): Instrument[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((entry) => {
    const result = instrumentSchema.safeParse(entry)
    return result.success ? [result.data] : []
  })
}

/** The instrument keys a frozen plan asks at any point. */
export function frozenInstrumentKeys(value: unknown): string[] {
  const plan = frozenPlan(value)
  return plan ? [...new Set(plan.points.flatMap((point) => point.instrumentIds))] : []
}
