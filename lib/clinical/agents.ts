import { ANAESTHETIC_AGENTS, type AnaestheticAgent } from '../block-analysis/types'

export { ANAESTHETIC_AGENTS, type AnaestheticAgent }

/** Short names, as staff read them beside a block. */
export const AGENT_LABELS: Record<AnaestheticAgent, string> = { lidocaine: 'Lidocaine', bupivacaine: 'Bupivacaine', other: 'Other agent' }

/** Longer names where an agent is chosen (the appointment form): the duration is what matters there. */
export const AGENT_CHOICE_LABELS: Record<AnaestheticAgent, string> = {
  lidocaine: 'Lidocaine (short-acting)',
  bupivacaine: 'Bupivacaine (long-acting)',
  other: 'Other',
}

export function isAnaestheticAgent(value: unknown): value is AnaestheticAgent {
  return typeof value === 'string' && (ANAESTHETIC_AGENTS as readonly string[]).includes(value)
}

export function agentLabel(agent: string | null | undefined): string {
  return isAnaestheticAgent(agent) ? AGENT_LABELS[agent] : 'Unknown agent'
}
