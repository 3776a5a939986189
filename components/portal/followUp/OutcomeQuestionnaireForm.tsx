'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react'

import { answerFollowUp, type AnswerResult } from '@/app/(portal)/portal/(signed-in)/follow-ups/actions'
import type { Instrument, InstrumentItem } from '@/lib/outcomes'
import { ErrorSummary } from '../ErrorSummary'
import { answersFromForm, checkAnswers, itemFieldName, itemFieldsetId, type AnswerProblems } from './answers'

type Props = { followUpId: number; pointKey: string; instrument: Instrument }

function scaleValues(item: InstrumentItem): { value: number; label: string }[] {
  if (item.scale.kind === 'options') return item.scale.options
  const values: { value: number; label: string }[] = []
  for (let value = item.scale.min; value <= item.scale.max; value++) values.push({ value, label: String(value) })
  return values
}

/**
 * One outcome questionnaire: each question a group of native radio buttons (Tab into a group, arrow
 * keys to choose), checked on submit with the same schema the server uses; problems are listed at
 * the top, linked to their question, and repeated beside it.
 */
export function OutcomeQuestionnaireForm({ followUpId, pointKey, instrument }: Props) {
  const t = useTranslations('followUp')
  const [result, action, pending] = useActionState<AnswerResult, FormData>(answerFollowUp, null)
  const [local, setLocal] = useState<AnswerProblems | null>(null)
  const summary = useRef<HTMLDivElement>(null)
  const shown: (Partial<AnswerProblems> & { message?: string }) | null = local ?? result
  const problemFor = (itemId: string) => shown?.problems?.find((problem) => problem.itemId === itemId)?.message

  useEffect(() => {
    if (shown) summary.current?.focus()
  }, [shown])

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget)
    const checked = checkAnswers(instrument, answersFromForm(instrument, (name) => data.get(name)))
    if (checked.ok) {
      setLocal(null)
      return
    }
    event.preventDefault()
    setLocal({ ...checked, message: t('checkMarked', { count: checked.problems.length }) })
  }

  return (
    <form action={action} onSubmit={checkBeforeSending} noValidate className="outcome-form">
      <ErrorSummary
        summaryRef={summary}
        message={shown?.message}
        problems={(shown?.problems ?? []).map((problem) => ({ target: itemFieldsetId(problem.itemId), message: problem.message }))}
      />
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="pointKey" value={pointKey} />
      <input type="hidden" name="instrumentId" value={instrument.id} />
      {instrument.items.map((item) => {
        const problem = problemFor(item.id)
        const errorId = `${itemFieldsetId(item.id)}-error`
        const endsId = `${itemFieldsetId(item.id)}-ends`
        const numeric = item.scale.kind === 'numeric'
        return (
          <fieldset
            key={item.id}
            id={itemFieldsetId(item.id)}
            tabIndex={-1}
            className={`pain-scale${numeric ? '' : ' outcome-options'}`}
            aria-describedby={[numeric ? endsId : null, problem ? errorId : null].filter(Boolean).join(' ') || undefined}
          >
            <legend className="pain-scale__legend">
              {item.text}
              {!item.required && t('optional')}
            </legend>
            {item.scale.kind === 'numeric' && (
              <p className="pain-scale__ends" id={endsId}>
                {t('ends', { min: item.scale.min, minLabel: item.scale.minLabel, max: item.scale.max, maxLabel: item.scale.maxLabel })}
              </p>
            )}
            {problem && (
              <p className="field__error" id={errorId}>
                {problem}
              </p>
            )}
            <div className={numeric ? 'pain-scale__options' : 'outcome-options__list'}>
              {scaleValues(item).map((option) => (
                <label key={option.value} className={numeric ? 'pain-scale__option' : 'outcome-options__option'}>
                  <input type="radio" name={itemFieldName(item.id)} value={option.value} required={item.required} />
                  {numeric ? (
                    <>
                      <span className="pain-scale__number" aria-hidden="true">
                        {option.label}
                      </span>
                      <span className="visually-hidden">
                        {t('outOf', { value: option.value, max: item.scale.kind === 'numeric' ? item.scale.max : '' })}
                      </span>
                    </>
                  ) : (
                    <span>{option.label}</span>
                  )}
                </label>
              ))}
            </div>
            {item.scale.kind === 'numeric' && (
              <p className="pain-scale__words" aria-hidden="true">
                <span>{item.scale.minLabel}</span>
                <span>{item.scale.maxLabel}</span>
              </p>
            )}
          </fieldset>
        )
      })}
      <p>{t('onceSent')}</p>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t('sending') : t('send')}
        </button>
      </p>
    </form>
  )
}
