import type { Verdict } from '@/lib/block-analysis'
import { agentLabel, blockLabel, decisionLabel } from '@/lib/clinical'
import { formatScore, reliefDuration, type PointQuestionnaire } from '@/lib/outcomes'
import { VERDICT_LABELS } from './labels'

/**
 * The patient's whole pathway on one time line for the specialist: each block with its verdict under
 * each criteria profile and the decision taken on it, the ablation, every follow-up score with its
 * change from baseline and whether it reaches a meaningful improvement, and when relief ended if it
 * did. Pure: the page passes in what it read.
 */

export type PathwayBlock = {
  diaryId: number
  at: Date
  blockNumber: number
  agent: string
  verdicts: { profileName: string; verdict: Verdict }[]
  decision: { decision: string; at: Date | null } | null
}

export type PathwayFollowUp = {
  ablation: { id: number; at: Date; status: string } | null
  questionnaires: readonly PointQuestionnaire[]
}

export type PathwayEvent = {
  key: string
  at: Date
  kind: 'block' | 'decision' | 'ablation' | 'score' | 'relief'
  title: string
  details: string[]
  /** For scores: whether the follow-up reaches a meaningful improvement (words, never colour alone). */
  improvement?: 'improved' | 'not-improved' | 'indeterminate'
  diaryId?: number
}

const IMPROVEMENT_WORDS = {
  improved: 'Meaningful improvement',
  'not-improved': 'Not a meaningful improvement',
  indeterminate: 'Cannot be judged',
} as const

function blockEvents(block: PathwayBlock): PathwayEvent[] {
  const events: PathwayEvent[] = [
    {
      key: `block-${block.diaryId}`,
      at: block.at,
      kind: 'block',
      title: `${capitalise(blockLabel(block.blockNumber))} (${agentLabel(block.agent)})`,
      details: block.verdicts.map((verdict) => `${verdict.profileName}: ${VERDICT_LABELS[verdict.verdict]}`),
      diaryId: block.diaryId,
    },
  ]
  if (block.decision) {
    events.push({
      key: `decision-${block.diaryId}`,
      at: block.decision.at ?? block.at,
      kind: 'decision',
      title: `Decision: ${decisionLabel(block.decision.decision) ?? block.decision.decision}`,
      details: [],
      diaryId: block.diaryId,
    })
  }
  return events
}

function scoreDetails(questionnaire: PointQuestionnaire): string[] {
  const { score, improvement, instrument } = questionnaire
  if (!score) return []
  const details: string[] = []
  if (score.total !== null) details.push(`${instrument.shortName} ${formatScore(score.total)}`)
  else details.push(...instrument.items.flatMap((item) => (score.items[item.id] === undefined ? [] : [`${item.shortLabel}: ${labelOf(questionnaire, item.id)}`])))
  if (improvement?.change) details.push(`Change from baseline ${signed(improvement.change.absolute)} (${improvement.change.percent === null ? 'no %' : `${signed(improvement.change.percent)}%`})`)
  if (improvement) details.push(improvement.reason)
  return details
}

function labelOf(questionnaire: PointQuestionnaire, itemId: string): string {
  const item = questionnaire.instrument.items.find((candidate) => candidate.id === itemId)!
  const value = questionnaire.score!.items[itemId]
  return item.scale.kind === 'options' ? (item.scale.options.find((option) => option.value === value)?.label ?? String(value)) : String(value)
}

function followUpEvents(followUp: PathwayFollowUp, index: number, survivalInstrumentId: string): PathwayEvent[] {
  const events: PathwayEvent[] = []
  const { ablation } = followUp
  if (ablation) {
    events.push({
      key: `ablation-${ablation.id}`,
      at: ablation.at,
      kind: 'ablation',
      title: ablation.status === 'cancelled' ? 'Radiofrequency ablation (cancelled)' : 'Radiofrequency ablation',
      details: [],
    })
  }
  for (const questionnaire of followUp.questionnaires) {
    if (!questionnaire.answer) continue
    events.push({
      key: `score-${index}-${questionnaire.pointKey}-${questionnaire.instrument.id}`,
      at: questionnaire.answer.answeredAt,
      kind: 'score',
      title: `${questionnaire.label}: ${questionnaire.instrument.shortName}${questionnaire.improvement ? ` — ${IMPROVEMENT_WORDS[questionnaire.improvement.status]}` : ' (baseline)'}`,
      details: scoreDetails(questionnaire),
      improvement: questionnaire.improvement?.status,
    })
  }
  if (ablation && ablation.status !== 'cancelled') {
    const relief = reliefDuration(followUp.questionnaires, ablation.at, survivalInstrumentId)
    if (relief?.ended) {
      events.push({
        key: `relief-${index}`,
        at: new Date(ablation.at.getTime() + relief.days * 86_400_000),
        kind: 'relief',
        title: 'Relief had ended',
        details: [`The first follow-up no longer improved, ${Math.round(relief.days)} days after the ablation. Relief ended between the last improved answer and this one.`],
      })
    }
  }
  return events
}

/** Every event, oldest first (a decision after its block, a baseline before its ablation). */
export function pathwayEvents(blocks: readonly PathwayBlock[], followUps: readonly PathwayFollowUp[], survivalInstrumentId = 'peg'): PathwayEvent[] {
  const events = [...blocks.flatMap(blockEvents), ...followUps.flatMap((followUp, index) => followUpEvents(followUp, index, survivalInstrumentId))]
  return events.sort((a, b) => a.at.getTime() - b.at.getTime())
}

/** Whether relief is still there at the last judged follow-up (for the page's summary line). */
export function reliefSummary(followUp: PathwayFollowUp, survivalInstrumentId = 'peg'): string | null {
  if (!followUp.ablation) return null
  const relief = reliefDuration(followUp.questionnaires, followUp.ablation.at, survivalInstrumentId)
  if (!relief) return followUp.questionnaires.some((questionnaire) => questionnaire.improvement && questionnaire.improvement.status !== 'indeterminate') ? 'No meaningful improvement at any follow-up so far.' : null
  return relief.ended ? `Relief ended by day ${Math.round(relief.days)} after the ablation.` : `Still a meaningful improvement at the last follow-up (day ${Math.round(relief.days)}).`
}

function signed(value: number): string {
  return value > 0 ? `+${formatScore(value)}` : formatScore(value)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
