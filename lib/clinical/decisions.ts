/** The specialist's decisions after reviewing a diary: one list for the collection, forms, pages and PDFs. */
export const REVIEW_DECISIONS = ['proceed-to-rfa', 'repeat-block', 'not-facet-mediated', 'repeat-diary'] as const
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]

/** What staff read (the clinic workspace, /admin, the review PDF). */
export const DECISION_LABELS: Record<ReviewDecision, string> = {
  'proceed-to-rfa': 'Proceed to radiofrequency ablation',
  'repeat-block': 'Repeat or second block',
  'not-facet-mediated': 'Not facet-mediated',
  'repeat-diary': 'Repeat the diary',
}

/** What each decision means for the patient, in plain words. Never a diagnosis label. */
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

export function isReviewDecision(value: unknown): value is ReviewDecision {
  return typeof value === 'string' && (REVIEW_DECISIONS as readonly string[]).includes(value)
}

export function decisionLabel(decision: string | null | undefined): string | null {
  return isReviewDecision(decision) ? DECISION_LABELS[decision] : null
}

export function outcomeForPatient(decision: string | null | undefined) {
  return isReviewDecision(decision) ? OUTCOME_FOR_PATIENT[decision] : null
}
