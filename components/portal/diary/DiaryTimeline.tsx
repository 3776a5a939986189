'use client'

import { useLocale, useTranslations } from 'next-intl'

import type { ClinicFormats } from '@/lib/dates'
import type { Questionnaire, QuestionnaireTimePoint } from '@/lib/diary'
import { isBaseline, type DiaryEntry, type TimePointWithState } from '@/lib/diary'
import type { HeldAnswer } from './answers'
import { toLocale } from '@/lib/i18n/config'
import { answerSummary, baselineNotYetText, dueText, stateLabel, type DiaryWords } from './text'
import { TimePointForm } from './TimePointForm'

export type TimelinePoint = TimePointWithState & Pick<QuestionnaireTimePoint, 'questions'>

type Props = {
  points: TimelinePoint[]
  wording: Questionnaire['wording']
  answers: Map<string, HeldAnswer>
  now: Date
  /** The appointment time: the baseline says which day it opens. */
  appointmentAt: Date
  /** The clinic's time zone and date wording (site settings). */
  formats: ClinicFormats
  openKey: string | null
  suggestedActivity: string
  onOpen: (key: string) => void
  onAnswer: (entry: DiaryEntry) => void
  onDone: (key: string) => void
}

/** Every question of the diary in time order, with its state in words: answered, due now, not due yet, missed. */
export function DiaryTimeline({ points, wording, answers, now, appointmentAt, formats, openKey, suggestedActivity, onOpen, onAnswer, onDone }: Props) {
  const t = useTranslations('diary')
  const words: DiaryWords = { t, locale: toLocale(useLocale()), formats }
  return (
    <ol className="diary-timeline">
      {points.map((point) => {
        const answer = answers.get(point.key)
        const open = openKey === point.key
        const answerable = point.state !== 'upcoming'
        return (
          <li key={point.key} className={`diary-point diary-point--${point.state}`}>
            <div className="diary-point__head">
              <h3 className="diary-point__label" id={`${point.key}-label`}>
                {point.label}
              </h3>
              <span className={`badge${point.state === 'done' ? ' badge--done' : ''}${point.state === 'due-now' ? ' badge--due' : ''}`}>
                <span className="visually-hidden">{t('statusPrefix')}</span>
                {stateLabel(words, point.state)}
              </span>
            </div>
            <p className="diary-point__due">
              {isBaseline(point) && point.state === 'upcoming'
                ? baselineNotYetText(words, appointmentAt)
                : dueText(words, point.dueAt, now, isBaseline(point), appointmentAt)}
            </p>
            {answer && (
              <p className="diary-point__answer">
                {answerSummary(words, answer)}{' '}
                <span className={`diary-point__sync${answer.synced ? '' : ' diary-point__sync--kept'}`}>
                  ({answer.synced ? t('saved') : t('keptNotSent')})
                </span>
              </p>
            )}
            {open ? (
              <TimePointForm
                point={point}
                wording={wording}
                current={answer}
                suggestedActivity={suggestedActivity}
                onAnswer={onAnswer}
                onDone={() => onDone(point.key)}
              />
            ) : (
              answerable && (
                <button
                  type="button"
                  className={`button${answer ? ' button--secondary' : ''}`}
                  id={`${point.key}-open`}
                  aria-label={t('actionFor', { action: answer ? t('changeAnswer') : t('answerNow'), label: point.label })}
                  onClick={() => onOpen(point.key)}
                >
                  {answer ? t('changeAnswer') : t('answerNow')}
                </button>
              )
            )}
          </li>
        )
      })}
    </ol>
  )
}
