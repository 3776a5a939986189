'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'

type Props = { answered: number; total: number; onSubmit: () => Promise<string | null> }

/** Submit once, after a confirmation that says what submitting means. */
export function SubmitDiary({ answered, total, onSubmit }: Props) {
  const t = useTranslations('diary')
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
      <h2 id="submit-heading">{t('submitHeading')}</h2>
      <p>{t('submitExplain')}</p>
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
            {t('submitConfirm', { answered, total })}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={confirm} aria-disabled={pending || undefined}>
              {t('submitYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('submitNotYet')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" ref={startRef} onClick={() => setConfirming(true)}>
          {t('submit')}
        </button>
      )}
    </section>
  )
}
