'use client'

import Link from 'next/link'
import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useRef } from 'react'

import { diaryTimePoints, type Questionnaire } from '@/lib/diary'
import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import { toLocale } from '@/lib/i18n/config'
import { portalPaths } from '@/lib/paths'
import { diarySchedule, isBaseline, type DiaryEntry } from '@/lib/diary'
import { answerSummary, dueText, type DiaryWords } from './text'

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
  const t = useTranslations('diary')
  const locale = toLocale(useLocale())
  const words: DiaryWords = { t, locale, formats }
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
          {review ? t('reviewedTitle') : t('submittedTitle')}
        </h2>
        <p>
          {[
            submitted ? t('submittedOn', { when: formatDateTime(submitted, formats, locale) }) : t('submittedUndated'),
            review
              ? review.decidedAt
                ? t('reviewedOn', { date: formatDate(new Date(review.decidedAt), formats, locale) })
                : t('reviewed')
              : t('willLook'),
            t('noLongerChanges'),
          ].join(' ')}
        </p>
        {review && (
          <p>
            <Link href={portalPaths.specialistResult} prefetch={false}>
              {t('readResult')}
            </Link>
          </p>
        )}
      </div>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('answersHeading')}</h2>
        <ol className="diary-timeline diary-timeline--read-only">
          {schedule.map((point) => {
            const answer = answers.get(point.key)
            return (
              <li key={point.key} className="diary-point">
                <h3 className="diary-point__label">{point.label}</h3>
                <p className="diary-point__due">{dueText(words, point.dueAt, submitted ?? new Date(), isBaseline(point), block)}</p>
                <p className="diary-point__answer">{answer ? answerSummary(words, answer) : t('notAnswered')}</p>
              </li>
            )
          })}
        </ol>
      </section>
    </>
  )
}
