import { formatDate } from '@/lib/dates'
import { outcomeForPatient } from '@/lib/clinical'

type Props = { decision: string; decidedAt: string | null; headingId: string }

/** The specialist's conclusion in plain words, with the next step. Never shown as a diagnosis. */
export function OutcomePanel({ decision, decidedAt, headingId }: Props) {
  const outcome = outcomeForPatient(decision)
  if (!outcome) return null
  return (
    <section className="outcome" aria-labelledby={headingId}>
      <h3 id={headingId}>Result from your specialist{decidedAt ? `, ${formatDate(new Date(decidedAt))}` : ''}</h3>
      <p>
        <strong>{outcome.title}.</strong> {outcome.nextStep}
      </p>
      <p>Questions about it? Call the clinic: your specialist is happy to explain.</p>
    </section>
  )
}
