'use client'

import Link from 'next/link'
import { useEffect, useRef } from 'react'

import { diaryTimePoints, type Questionnaire } from '@/lib/diary'
import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import { portalPaths } from '@/lib/paths'
import { diarySchedule, isBaseline, type DiaryEntry } from '@/lib/diary'
import { answerSummary, dueText } from './text'

type Props = {
  questionnaire: Questionnaire
  entries: readonly DiaryEntry[]
  blockTime: string | null
  submittedAt: string | null
  /** Just submitted: move focus to the confirmation, which replaced the button that was pressed. */
  justSubmitted?: boolean
  /** Set once the specialist has recorded a decision: the page then points to the result. */
  review?: { decidedAt: string | null } | null
  /** The clinic's time zone and date wording (site settings). */
  formats: ClinicFormats
}

/** A submitted diary, read-only: when it was handed in, and every answer. */
export function SubmittedDiary({ questionnaire, entries, blockTime, submittedAt, justSubmitted = false, review = null, formats }: Props) {
  const confirmationRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (justSubmitted) confirmationRef.current?.focus()
  }, [justSubmitted])
  const block = blockTime ? new Date(blockTime) : null
  const schedule = diarySchedule(block, diaryTimePoints(questionnaire), formats.timeZone)
  const answers = new Map(entries.map((entry) => [entry.timePointKey, entry]))
  const submitted = submittedAt ? new Date(submittedAt) : null

  return (
    <>
      <div className="notice notice--success" role="status" tabIndex={-1} ref={confirmationRef}>
        <h2 className="notice__title">
          <span aria-hidden="true">✓ </span>
          {review ? 'Diary submitted and reviewed' : 'Diary submitted'}
        </h2>
        <p>
          {submitted ? `You submitted your diary on ${formatDateTime(submitted, formats)}. ` : 'You submitted your diary. '}
          {review
            ? `Your specialist reviewed it${review.decidedAt ? ` on ${formatDate(new Date(review.decidedAt), formats)}` : ''}. `
            : 'Your specialist will look at it and let you know what happens next. '}
          It can no longer be changed.
        </p>
        {review && (
          <p>
            <Link href={portalPaths.specialistResult} prefetch={false}>
              Read your specialist’s result and what happens next
            </Link>
          </p>
        )}
      </div>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Your answers</h2>
        <ol className="diary-timeline diary-timeline--read-only">
          {schedule.map((point) => {
            const answer = answers.get(point.key)
            return (
              <li key={point.key} className="diary-point">
                <h3 className="diary-point__label">{point.label}</h3>
                <p className="diary-point__due">{dueText(formats, point.dueAt, submitted ?? new Date(), isBaseline(point), block)}</p>
                <p className="diary-point__answer">{answer ? answerSummary(answer) : 'Not answered'}</p>
              </li>
            )
          })}
        </ol>
      </section>
    </>
  )
}
