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

export function agentLabel(agent: string | null | undefined): string {
  return agent && agent in AGENT_LABELS ? AGENT_LABELS[agent as AnaestheticAgent] : 'Unknown agent'
}
