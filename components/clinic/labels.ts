import { formatDuration, type BlockAnalysis, type CriteriaProfile, type DurationStatus, type Verdict } from '@/lib/block-analysis'

export const VERDICT_LABELS: Record<Verdict, string> = {
  positive: 'Positive',
  negative: 'Negative',
  indeterminate: 'Indeterminate',
}

export const DURATION_STATUS_LABELS: Record<DurationStatus, string> = {
  met: 'consistent with the agent',
  'not-met': 'not consistent with the agent',
  indeterminate: 'indeterminate',
}

export const percent = (value: number | null | undefined) => (value == null ? '—' : `${Math.round(value)}%`)

/** "1 h 30 min"; a dash when unknown. */
export const duration = (minutes: number | null | undefined) => (minutes == null ? '—' : formatDuration(minutes))

/** Where a profile's criteria come from and where they apply, shown beside each verdict. */
export const profileSource = (profile: Pick<CriteriaProfile, 'source' | 'jurisdiction'>) => `${profile.source}; ${profile.jurisdiction}`

/** The documented window and the duration rule in one line, e.g. for a block under one profile. */
export function durationSummary(analysis: BlockAnalysis): string {
  if (!analysis.episode || !analysis.durationStatus) return `Relief did not reach ${analysis.reliefThresholdPercent}%.`
  const expected = `expected at least ${formatDuration(analysis.expectedMinimumHours * 60)} for this agent`
  return `Duration ${DURATION_STATUS_LABELS[analysis.durationStatus]} (${expected}).`
}
