'use client'

import type { ClinicFormats } from '@/lib/dates'
import type { Questionnaire, QuestionnaireTimePoint } from '@/lib/diary'
import { isBaseline, type DiaryEntry, type TimePointWithState } from '@/lib/diary'
import type { HeldAnswer } from './answers'
import { answerSummary, baselineNotYetText, dueText, STATE_LABELS } from './text'
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
                <span className="visually-hidden">Status: </span>
                {STATE_LABELS[point.state]}
              </span>
            </div>
            <p className="diary-point__due">
              {isBaseline(point) && point.state === 'upcoming' ? baselineNotYetText(formats, appointmentAt) : dueText(formats, point.dueAt, now, isBaseline(point), appointmentAt)}
            </p>
            {answer && (
              <p className="diary-point__answer">
                {answerSummary(answer)}{' '}
                <span className={`diary-point__sync${answer.synced ? '' : ' diary-point__sync--kept'}`}>
                  ({answer.synced ? 'saved' : 'kept on this device, not sent yet'})
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
                  aria-label={`${answer ? 'Change answer' : 'Answer now'}: ${point.label}`}
                  onClick={() => onOpen(point.key)}
                >
                  {answer ? 'Change answer' : 'Answer now'}
                </button>
              )
            )}
          </li>
        )
      })}
    </ol>
  )
}
