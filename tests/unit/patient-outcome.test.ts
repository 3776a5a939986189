import { describe, expect, it } from 'vitest'

import { appointmentKind, followUpFor, OUTCOME_FOR_PATIENT, patientOutcome, type BookedAppointment } from '@/lib/clinical'

/** The reviewed first block: Monday 23 November 2026, 10:00 in London. */
const reviewed = new Date('2026-11-23T10:00:00Z')
const secondBlock: BookedAppointment = { id: 2, scheduledAt: new Date('2026-12-14T11:15:00Z'), kind: 'block', blockNumber: 2 }
const ablation: BookedAppointment = { id: 3, scheduledAt: new Date('2027-01-11T09:00:00Z'), kind: 'ablation', blockNumber: 1 }
const UK = { timeZone: 'Europe/London', region: 'GB' } as const
const US = { timeZone: 'America/New_York', region: 'US' } as const

describe('the outcome the patient reads', () => {
  it('tells an ablation appointment from a block by its procedure', () => {
    expect(appointmentKind('radiofrequency-ablation')).toBe('ablation')
    expect(appointmentKind('medial-branch-block')).toBe('block')
    expect(appointmentKind(null)).toBe('block')
  })

  it('names the second block already booked instead of "the clinic will call you"', () => {
    const outcome = patientOutcome('repeat-block', reviewed, [secondBlock], UK)
    expect(outcome?.title).toBe(OUTCOME_FOR_PATIENT['repeat-block'].title)
    expect(outcome?.nextStep).toBe('A second block on another day helps confirm the first result. Your 2nd block is booked for Monday 14 December 2026 at 11:15.')
    expect(outcome?.nextStep).not.toMatch(/will call you/)
    expect(outcome?.booked).toBe(secondBlock)
    // The same booking at a US clinic reads in its own zone and wording.
    expect(patientOutcome('repeat-block', reviewed, [secondBlock], US)?.nextStep).toMatch(/booked for Monday, December 14, 2026 at 6:15 AM\.$/)
  })

  it('says the clinic will call while nothing fitting is booked', () => {
    expect(patientOutcome('repeat-block', reviewed, [], UK)?.nextStep).toBe(OUTCOME_FOR_PATIENT['repeat-block'].nextStep)
    // An ablation appointment does not carry out "repeat the block", nor a block "proceed to ablation".
    expect(patientOutcome('repeat-block', reviewed, [ablation], UK)?.nextStep).toMatch(/will call you/)
    expect(patientOutcome('proceed-to-rfa', reviewed, [secondBlock], UK)?.nextStep).toMatch(/will call you/)
    // Something booked before the reviewed block is not its follow-up.
    const earlier = { ...secondBlock, scheduledAt: new Date('2026-11-20T09:00:00Z') }
    expect(followUpFor('repeat-block', reviewed, [earlier])).toBeNull()
  })

  it('names the booked ablation, and the soonest fitting appointment when there are several', () => {
    const later = { ...ablation, id: 4, scheduledAt: new Date('2027-02-01T09:00:00Z') }
    const outcome = patientOutcome('proceed-to-rfa', reviewed, [later, secondBlock, ablation], UK)
    expect(outcome?.booked).toBe(ablation)
    expect(outcome?.nextStep).toMatch(/your radiofrequency ablation is booked for Monday 11 January 2027 at 09:00\.$/)
    expect(patientOutcome('repeat-diary', reviewed, [secondBlock], UK)?.nextStep).toMatch(/Your 2nd block is booked for Monday 14 December 2026 at 11:15\.$/)
  })

  it('has no follow-up for "not facet-mediated", and nothing for an unknown decision', () => {
    expect(patientOutcome('not-facet-mediated', reviewed, [secondBlock, ablation], UK)).toEqual({ ...OUTCOME_FOR_PATIENT['not-facet-mediated'], booked: null })
    expect(patientOutcome('constructor', reviewed, [], UK)).toBeNull()
    expect(patientOutcome(null, reviewed, [], UK)).toBeNull()
  })
})
