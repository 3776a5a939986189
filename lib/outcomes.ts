/** What each specialist decision means for the patient, in plain words. Never a diagnosis label. */
export type ReviewDecision = 'proceed-to-rfa' | 'repeat-block' | 'not-facet-mediated' | 'repeat-diary'

export const OUTCOME_FOR_PATIENT: Record<ReviewDecision, { title: string; nextStep: string }> = {
  'proceed-to-rfa': {
    title: 'Your specialist suggests radiofrequency ablation',
    nextStep:
      'The blocks eased your usual pain in the way that points to the facet joints. The next step aims for longer-lasting relief: the clinic will call you to talk through radiofrequency ablation and book it if you want to go ahead.',
  },
  'repeat-block': {
    title: 'Your specialist would like a second block',
    nextStep: 'A second block on another day helps confirm the first result. The clinic will call you to arrange it.',
  },
  'not-facet-mediated': {
    title: 'The facet joints seem not to be the main cause',
    nextStep:
      'The block did not ease your pain in the way expected if these joints were the main source. That is useful to know: your specialist will talk with you about other possible causes and treatments.',
  },
  'repeat-diary': {
    title: 'Your specialist needs a clearer diary',
    nextStep: 'The diary did not give enough information to decide. The clinic will call you about repeating the block with a new diary.',
  },
}

export function outcomeForPatient(decision: string | null | undefined) {
  return decision && decision in OUTCOME_FOR_PATIENT ? OUTCOME_FOR_PATIENT[decision as ReviewDecision] : null
}
