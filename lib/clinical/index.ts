/** The clinic's words for its records, defined once: decisions, anaesthetic agents, block labels. */
export { DECISION_LABELS, OUTCOME_FOR_PATIENT, REVIEW_DECISIONS, decisionLabel, isReviewDecision, outcomeForPatient, type ReviewDecision } from './decisions'
export { AGENT_CHOICE_LABELS, AGENT_LABELS, ANAESTHETIC_AGENTS, agentLabel, type AnaestheticAgent } from './agents'
export { blockLabel } from './blocks'
export { appointmentKind, followUpFor, patientOutcome, type AppointmentKind, type BookedAppointment, type PatientOutcome } from './outcome'

/** Payload select options from a list of values and their labels. */
export function selectOptions<T extends string>(values: readonly T[], labels: Record<T, string>): { label: string; value: T }[] {
  return values.map((value) => ({ label: labels[value], value }))
}
