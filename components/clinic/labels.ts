import type { Verdict } from '../../lib/block-analysis'

export const VERDICT_LABELS: Record<Verdict, string> = {
  positive: 'Positive',
  negative: 'Negative',
  indeterminate: 'Indeterminate',
}

export const AGENT_LABELS: Record<string, string> = { lidocaine: 'Lidocaine', bupivacaine: 'Bupivacaine', other: 'Other agent' }

export const DECISION_LABELS: Record<string, string> = {
  'proceed-to-rfa': 'Proceed to radiofrequency ablation',
  'repeat-block': 'Repeat or second block',
  'not-facet-mediated': 'Not facet-mediated',
  'repeat-diary': 'Repeat the diary',
}

export const ordinalBlock = (blockNumber: number) => (blockNumber === 1 ? '1st block' : blockNumber === 2 ? '2nd block' : `Block ${blockNumber}`)

export const hours = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(1)} h`)
export const percent = (value: number | null | undefined) => (value == null ? '—' : `${Math.round(value)}%`)
