import type { Instrument, InstrumentInput } from '@/lib/outcomes'

/**
 * An instrument as the CMS stores it (flat rows an editor fills in) and back. The lib/outcomes
 * `instrumentSchema` is the one judge of a definition: these functions only move fields around.
 */
export type InstrumentRow = {
  key?: string | null
  name?: string | null
  shortName?: string | null
  scoreLabel?: string | null
  items?:
    | {
        itemId?: string | null
        text?: string | null
        shortLabel?: string | null
        required?: boolean | null
        scaleKind?: 'numeric' | 'options' | null
        min?: number | null
        max?: number | null
        minLabel?: string | null
        maxLabel?: string | null
        options?: { value?: number | null; label?: string | null }[] | null
      }[]
    | null
  scoringRule?: 'sum' | 'mean' | 'per-item' | null
  decimals?: number | null
  better?: 'lower' | 'higher' | null
  improvementRule?: 'change-from-baseline' | 'answer-in' | null
  thresholdPercent?: number | null
  improvementItemId?: string | null
  improvementValues?: { value?: number | null }[] | null
  source?: string | null
  licence?: string | null
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value)

/** The CMS row as the shape `instrumentSchema` checks (missing values stay missing, so the schema names them). */
export function instrumentFromRow(row: InstrumentRow): InstrumentInput {
  return {
    id: orUndefined(row.key),
    name: orUndefined(row.name),
    shortName: orUndefined(row.shortName),
    scoreLabel: orUndefined(row.scoreLabel),
    items: (row.items ?? []).map((item) => ({
      id: orUndefined(item.itemId),
      text: orUndefined(item.text),
      shortLabel: orUndefined(item.shortLabel),
      required: item.required ?? true,
      scale:
        item.scaleKind === 'options'
          ? { kind: 'options', options: (item.options ?? []).map((option) => ({ value: orUndefined(option.value), label: orUndefined(option.label) })) }
          : { kind: 'numeric', min: orUndefined(item.min), max: orUndefined(item.max), minLabel: orUndefined(item.minLabel), maxLabel: orUndefined(item.maxLabel) },
    })),
    scoring: { rule: orUndefined(row.scoringRule), decimals: orUndefined(row.decimals) },
    better: orUndefined(row.better),
    improvement:
      row.improvementRule === 'answer-in'
        ? { rule: 'answer-in', itemId: orUndefined(row.improvementItemId), values: (row.improvementValues ?? []).map((entry) => orUndefined(entry.value)) }
        : { rule: orUndefined(row.improvementRule), thresholdPercent: orUndefined(row.thresholdPercent) },
    source: orUndefined(row.source),
    licence: orUndefined(row.licence),
  } as InstrumentInput
}

/** An instrument as CMS rows (the seed enters the shipped instruments this way). */
export function rowFromInstrument(instrument: Instrument): InstrumentRow {
  const improvement = instrument.improvement
  return {
    key: instrument.id,
    name: instrument.name,
    shortName: instrument.shortName,
    scoreLabel: instrument.scoreLabel,
    items: instrument.items.map((item) => ({
      itemId: item.id,
      text: item.text,
      shortLabel: item.shortLabel,
      required: item.required,
      scaleKind: item.scale.kind,
      ...(item.scale.kind === 'numeric'
        ? { min: item.scale.min, max: item.scale.max, minLabel: item.scale.minLabel, maxLabel: item.scale.maxLabel }
        : { options: item.scale.options.map((option) => ({ ...option })) }),
    })),
    scoringRule: instrument.scoring.rule,
    decimals: instrument.scoring.decimals,
    better: instrument.better,
    improvementRule: improvement.rule,
    ...(improvement.rule === 'change-from-baseline'
      ? { thresholdPercent: improvement.thresholdPercent }
      : { improvementItemId: improvement.itemId, improvementValues: improvement.values.map((value) => ({ value })) }),
    source: instrument.source,
    licence: instrument.licence,
  }
}
