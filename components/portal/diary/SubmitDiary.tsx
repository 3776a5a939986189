'use client'

import { useEffect, useRef, useState } from 'react'

type Props = { answered: number; total: number; onSubmit: () => Promise<string | null> }

/** Submit once, after a confirmation that says what submitting means. */
export function SubmitDiary({ answered, total, onSubmit }: Props) {
  const [confirming, setConfirming] = useState(false)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const confirmRef = useRef<HTMLDivElement>(null)
  const startRef = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
    else if (wasConfirming.current) startRef.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  async function confirm() {
    if (pending) return
    setPending(true)
    const problem = await onSubmit()
    setPending(false)
    if (problem) {
      setError(problem)
      setConfirming(false)
    }
  }

  return (
    <section className="submit-diary" aria-labelledby="submit-heading">
      <h2 id="submit-heading">Submit your diary</h2>
      <p>
        Submit it once you have answered the next-morning question. Your answers then go to your specialist and can no longer be
        changed.
      </p>
      <div role="alert">
        {error && (
          <div className="notice notice--error">
            <p>{error}</p>
          </div>
        )}
      </div>
      {confirming ? (
        <div className="notice" role="group" ref={confirmRef} tabIndex={-1} aria-labelledby="confirm-submit-text">
          <p id="confirm-submit-text">
            You have answered {answered} of {total} questions. Submit your diary now? You cannot change it afterwards.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={confirm} aria-disabled={pending || undefined}>
              Yes, submit my diary
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" ref={startRef} onClick={() => setConfirming(true)}>
          Submit my diary
        </button>
      )}
    </section>
  )
}
