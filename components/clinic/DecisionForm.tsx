'use client'

import { useActionState } from 'react'

import { recordDecision, type DecisionResult } from '../../app/(clinic)/clinic/actions'
import { DECISION_LABELS, REVIEW_DECISIONS } from '../../lib/clinical'

type Props = { diaryId: number; current: { decision: string | null; note: string | null }; changingLockedDecision: boolean }

/** The specialist's decision and note; once saved it locks (admins may still correct it). */
export function DecisionForm({ diaryId, current, changingLockedDecision }: Props) {
  const [result, action, pending] = useActionState<DecisionResult | null, FormData>(recordDecision, null)
  return (
    <form action={action} className="decision-form" aria-describedby="decision-status">
      <input type="hidden" name="diaryId" value={diaryId} />
      <fieldset>
        <legend>Decision</legend>
        {REVIEW_DECISIONS.map((value) => (
          <label key={value}>
            <input type="radio" name="decision" value={value} defaultChecked={current.decision === value} required />
            {DECISION_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor="decision-note">Note (kept in the clinical record; the patient sees only the outcome)</label>
      </p>
      <textarea id="decision-note" name="note" maxLength={4000} defaultValue={current.note ?? ''} />
      {changingLockedDecision && <p>You are changing a locked decision as an admin. The change is audited.</p>}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save decision'}
        </button>
      </p>
      <p id="decision-status" role={result && !result.ok ? 'alert' : 'status'}>
        {result?.message}
      </p>
    </form>
  )
}
