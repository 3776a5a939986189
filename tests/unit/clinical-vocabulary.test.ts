import { describe, expect, it } from 'vitest'

import { AGENT_LABELS, ANAESTHETIC_AGENTS, agentLabel, blockLabel, DECISION_LABELS, decisionLabel, OUTCOME_FOR_PATIENT, outcomeForPatient, REVIEW_DECISIONS } from '@/lib/clinical'

describe('the clinic vocabulary', () => {
  it('names a block by its place in the series, past the second', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(blockLabel)).toEqual([
      '1st block', '2nd block', '3rd block', '4th block', '11th block', '12th block', '13th block',
      '21st block', '22nd block', '23rd block', '101st block', '111th block',
    ])
  })

  it('has a staff label and a patient outcome for every decision, and none for anything else', () => {
    for (const decision of REVIEW_DECISIONS) {
      expect(DECISION_LABELS[decision]).toBeTruthy()
      expect(OUTCOME_FOR_PATIENT[decision].title).toBeTruthy()
      expect(decisionLabel(decision)).toBe(DECISION_LABELS[decision])
    }
    expect(decisionLabel('toString')).toBeNull()
    expect(outcomeForPatient('constructor')).toBeNull()
    expect(outcomeForPatient(null)).toBeNull()
  })

  it('labels every anaesthetic agent', () => {
    for (const agent of ANAESTHETIC_AGENTS) expect(agentLabel(agent)).toBe(AGENT_LABELS[agent])
    expect(agentLabel('toString')).toBe('Unknown agent')
  })
})
