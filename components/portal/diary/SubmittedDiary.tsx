'use client'

import { useEffect, useRef } from 'react'

import { diaryTimePoints, type Questionnaire } from '@/lib/diary'
import { formatDateTime } from '@/lib/dates'
import { diarySchedule, isBaseline, type DiaryEntry } from '@/lib/diary'
import { answerSummary, dueText } from './text'

type Props = {
  questionnaire: Questionnaire
  entries: readonly DiaryEntry[]
  blockTime: string | null
  submittedAt: string | null
  /** Just submitted: move focus to the confirmation, which replaced the button that was pressed. */
  justSubmitted?: boolean
}

/** A submitted diary, read-only: when it was handed in, and every answer. */
export function SubmittedDiary({ questionnaire, entries, blockTime, submittedAt, justSubmitted = false }: Props) {
  const confirmationRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (justSubmitted) confirmationRef.current?.focus()
  }, [justSubmitted])
  const block = blockTime ? new Date(blockTime) : null
  const schedule = diarySchedule(block, diaryTimePoints(questionnaire))
  const answers = new Map(entries.map((entry) => [entry.timePointKey, entry]))
  const submitted = submittedAt ? new Date(submittedAt) : null

  return (
    <>
      <div className="notice notice--success" role="status" tabIndex={-1} ref={confirmationRef}>
        <h2 className="notice__title">
          <span aria-hidden="true">✓ </span>Diary submitted
        </h2>
        <p>
          {submitted ? `You submitted your diary on ${formatDateTime(submitted)}. ` : 'You submitted your diary. '}
          Your specialist will look at it and let you know what happens next. It can no longer be changed.
        </p>
      </div>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Your answers</h2>
        <ol className="diary-timeline diary-timeline--read-only">
          {schedule.map((point) => {
            const answer = answers.get(point.key)
            return (
              <li key={point.key} className="diary-point">
                <h3 className="diary-point__label">{point.label}</h3>
                <p className="diary-point__due">{dueText(point.dueAt, submitted ?? new Date(), isBaseline(point))}</p>
                <p className="diary-point__answer">{answer ? answerSummary(answer) : 'Not answered'}</p>
              </li>
            )
          })}
        </ol>
      </section>
    </>
  )
}
