'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'

import type { QuestionnaireTimePoint, QuestionnaireWording } from '@/lib/diary'
import { diaryEntrySchema, type DiaryEntry } from '@/lib/diary'
import { problemIn } from '@/lib/i18n/problems'
import type { HeldAnswer } from './answers'
import { newClientId } from './clientId'
import { PainScale } from './PainScale'

/** Text is saved a moment after typing stops (and when the field is left), so a closed tab loses nothing. */
const TYPING_PAUSE_MS = 800

type Props = {
  point: QuestionnaireTimePoint
  wording: QuestionnaireWording
  current: HeldAnswer | undefined
  suggestedActivity: string
  onAnswer: (entry: DiaryEntry) => void
  onDone: () => void
}

type Fields = { relief: string; activity: string; medicines: string }

function reliefValue(text: string): { value: number | null; error: string | null } {
  if (text.trim() === '') return { value: null, error: null }
  const parsed = diaryEntrySchema.shape.reliefPercent.safeParse(/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN)
  return parsed.success ? { value: parsed.data ?? null, error: null } : { value: null, error: parsed.error.issues[0].message }
}

/** One time point's questions. Every change is an answer of its own, saved at once. */
export function TimePointForm({ point, wording, current, suggestedActivity, onAnswer, onDone }: Props) {
  const t = useTranslations('diary')
  const tProblems = useTranslations('problems')
  const asks = (question: QuestionnaireTimePoint['questions'][number]) => point.questions.includes(question)
  const [nrs, setNrs] = useState<number | null>(current?.nrs ?? null)
  const [fields, setFields] = useState<Fields>({
    relief: current?.reliefPercent != null ? String(current.reliefPercent) : '',
    activity: current?.activity ?? suggestedActivity,
    medicines: current?.medicines ?? '',
  })
  const [reliefError, setReliefError] = useState<string | null>(null)
  const [hint, setHint] = useState<string | null>(null)
  const groupRef = useRef<HTMLFieldSetElement>(null)
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const unsavedTyping = useRef<(() => void) | null>(null)
  const id = (name: string) => `${point.key}-${name}`

  useEffect(() => {
    groupRef.current?.focus()
    // Closing the form (Done, or opening another) must not drop what was typed a moment ago.
    return () => unsavedTyping.current?.()
  }, [])

  function save(score: number | null, next: Fields) {
    clearTimeout(typingTimer.current)
    unsavedTyping.current = null
    const relief = reliefValue(next.relief)
    setReliefError(relief.error)
    if (score === null) {
      setHint(t('scoreFirst'))
      return
    }
    setHint(null)
    const entry = diaryEntrySchema.safeParse({
      timePointKey: point.key,
      nrs: score,
      reliefPercent: relief.error ? (current?.reliefPercent ?? null) : relief.value,
      activity: asks('activity') ? next.activity : undefined,
      medicines: asks('medicines') ? next.medicines : undefined,
      clientId: newClientId(),
      answeredAt: new Date().toISOString(),
    })
    if (entry.success) onAnswer(entry.data)
  }

  function changeText(name: keyof Fields, value: string) {
    const next = { ...fields, [name]: value }
    setFields(next)
    clearTimeout(typingTimer.current)
    unsavedTyping.current = () => save(nrs, next)
    typingTimer.current = setTimeout(() => save(nrs, next), TYPING_PAUSE_MS)
  }

  function leaveText() {
    const unchanged =
      current &&
      (current.reliefPercent ?? null) === reliefValue(fields.relief).value &&
      (current.activity ?? '') === fields.activity.trim() &&
      (current.medicines ?? '') === fields.medicines.trim()
    if (!unchanged) save(nrs, fields)
  }

  return (
    <div className="time-point-form" id={id('form')}>
      <PainScale
        name={id('pain')}
        legend={wording.pain}
        lowLabel={wording.painLow}
        highLabel={wording.painHigh}
        value={nrs}
        onChange={(score) => {
          setNrs(score)
          save(score, fields)
        }}
        groupRef={groupRef}
      />
      {hint && (
        <p className="field__hint" role="status">
          {hint}
        </p>
      )}
      {asks('relief') && (
        <div className={`field${reliefError ? ' field--error' : ''}`}>
          <label htmlFor={id('relief')}>{wording.relief}</label>
          {reliefError && (
            <p className="field__error" id={id('relief-error')}>
              {problemIn(reliefError, (key) => tProblems(key))}
            </p>
          )}
          <div className="percent-input">
            <input
              className="input"
              id={id('relief')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={3}
              value={fields.relief}
              aria-invalid={reliefError ? true : undefined}
              aria-describedby={reliefError ? id('relief-error') : undefined}
              onChange={(event) => changeText('relief', event.target.value)}
              onBlur={leaveText}
            />
            <span aria-hidden="true">%</span>
          </div>
        </div>
      )}
      {asks('activity') && (
        <div className="field">
          <label htmlFor={id('activity')}>{wording.activity}</label>
          <input
            className="input"
            id={id('activity')}
            maxLength={200}
            autoComplete="off"
            value={fields.activity}
            onChange={(event) => changeText('activity', event.target.value)}
            onBlur={leaveText}
          />
        </div>
      )}
      {asks('medicines') && (
        <div className="field">
          <label htmlFor={id('medicines')}>{wording.medicines}</label>
          <textarea
            className="input"
            id={id('medicines')}
            rows={2}
            maxLength={500}
            value={fields.medicines}
            onChange={(event) => changeText('medicines', event.target.value)}
            onBlur={leaveText}
          />
        </div>
      )}
      <button type="button" className="button" aria-label={t('actionFor', { action: t('done'), label: point.label })} onClick={onDone}>
        {t('done')}
      </button>
    </div>
  )
}
