'use client'

import { useActionState, useRef, useState } from 'react'

import { recordDecision, type DecisionResult } from '@/app/(clinic)/clinic/actions'
import { DECISION_LABELS, REVIEW_DECISIONS, decisionLabel } from '@/lib/clinical'

type Props = { diaryId: number; current: { decision: string | null; note: string | null }; changingLockedDecision: boolean }

/**
 * The specialist's decision and note. Saving asks for a confirmation first, because once saved the
 * decision locks (admins may still correct it) and the patient is told.
 */
export function DecisionForm({ diaryId, current, changingLockedDecision }: Props) {
  const [result, action, pending] = useActionState<DecisionResult | null, FormData>(recordDecision, null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const confirmButton = useRef<HTMLButtonElement>(null)

  function askToConfirm() {
    if (!form.current?.reportValidity()) return
    const chosen = new FormData(form.current).get('decision')
    setConfirming(typeof chosen === 'string' ? chosen : null)
    // Move focus to the question, so keyboard and screen reader users meet it at once.
    requestAnimationFrame(() => confirmButton.current?.focus())
  }

  return (
    <form ref={form} action={action} className="decision-form" aria-describedby="decision-status">
      <input type="hidden" name="diaryId" value={diaryId} />
      <fieldset disabled={confirming !== null}>
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
      <textarea id="decision-note" name="note" maxLength={4000} defaultValue={current.note ?? ''} readOnly={confirming !== null} />
      {changingLockedDecision && <p>You are changing a locked decision as an admin. The change is audited.</p>}
      {confirming === null ? (
        <p>
          <button type="button" onClick={askToConfirm}>
            Save decision
          </button>
        </p>
      ) : (
        <div className="decision-confirm" role="group" aria-labelledby="decision-confirm-question">
          <p id="decision-confirm-question">
            Record “{decisionLabel(confirming)}”? Once saved the decision locks, your name and the time are recorded, and the
            patient is told a result is ready.
          </p>
          <input type="hidden" name="confirmed" value="yes" />
          {/* The disabled fieldset sends no value: carry the chosen decision. */}
          <input type="hidden" name="decision" value={confirming} />
          <p>
            <button ref={confirmButton} type="submit" disabled={pending}>
              {pending ? 'Saving…' : 'Confirm and lock the decision'}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(null)} disabled={pending}>
              Go back and change it
            </button>
          </p>
        </div>
      )}
      <p id="decision-status" role={result && !result.ok ? 'alert' : 'status'}>
        {result?.message}
      </p>
    </form>
  )
}
