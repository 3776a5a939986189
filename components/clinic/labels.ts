import type { Verdict } from '../../lib/block-analysis'

export const VERDICT_LABELS: Record<Verdict, string> = {
  positive: 'Positive',
  negative: 'Negative',
  indeterminate: 'Indeterminate',
}

export const hours = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(1)} h`)
export const percent = (value: number | null | undefined) => (value == null ? '—' : `${Math.round(value)}%`)
