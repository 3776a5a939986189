'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState, type FormEvent } from 'react'

import { blockTimeInputSchema } from '@/collections/Diaries/blockTime'
import { problemIn } from '@/lib/i18n/problems'

type Props = {
  /** "Tuesday 1 December": the appointment's day, on which the time is taken. */
  dayLabel: string
  initialTime: string
  onSave: (time: string) => Promise<string | null>
  onCancel?: () => void
}

/** "When was your block given?": a time on the appointment's day, 24-hour clock. */
export function BlockTimeForm({ dayLabel, initialTime, onSave, onCancel }: Props) {
  const t = useTranslations('diary')
  const tProblems = useTranslations('problems')
  const [time, setTime] = useState(initialTime)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (error) inputRef.current?.focus()
  }, [error])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (pending) return
    const parsed = blockTimeInputSchema.safeParse({ time })
    if (!parsed.success) return setError(problemIn(parsed.error.issues[0].message, (key) => tProblems(key)))
    setPending(true)
    const problem = await onSave(time.trim())
    setPending(false)
    setError(problem)
  }

  return (
    <form className="form block-time-form" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor="block-time">{t('blockTimeLabel', { day: dayLabel })}</label>
        <p className="field__hint" id="block-time-hint">
          {t('blockTimeHint')}
        </p>
        {error && (
          <p className="field__error" id="block-time-error" role="alert">
            {error}
          </p>
        )}
        <input
          ref={inputRef}
          className="input input--time"
          id="block-time"
          name="time"
          inputMode="numeric"
          autoComplete="off"
          maxLength={5}
          value={time}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'block-time-hint block-time-error' : 'block-time-hint'}
          onChange={(event) => setTime(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {t('recordBlockTime')}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
