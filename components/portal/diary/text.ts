/** The diary's wording that depends on data: due times, states, answer summaries. Pure, unit-tested. */
import type { useTranslations } from 'next-intl'

import { formatDayLabel, formatTime, zonedDateKey, type ClinicFormats } from '@/lib/dates'
import type { DiaryEntry, TimePointState } from '@/lib/diary'
import type { Locale } from '@/lib/i18n/config'

/**
 * The `diary` catalogue messages, the language they are in, and the clinic's time zone and date
 * wording (site settings): dates are worded in that language, in the clinic's zone and style.
 */
export type DiaryWords = { t: ReturnType<typeof useTranslations<'diary'>>; locale: Locale; formats: ClinicFormats }

export function stateLabel({ t }: DiaryWords, state: TimePointState): string {
  return t(`states.${state}`)
}

/**
 * "Due at 10:15 AM", "Due Wednesday, December 2 at 9:00 AM", or the baseline's wording before the
 * block time is known, in the clinic's zone and wording (`formats`). The day is left out only when it
 * is both today and the day of the block (`blockDay`), so a next-morning question, or a page read the
 * day after, always says which day.
 */
export function dueText({ t, locale, formats }: DiaryWords, dueAt: Date | null, now: Date, baseline: boolean, blockDay: Date | null = null): string {
  if (!dueAt) return baseline ? t('dueBaselineUnknown') : t('dueUnknown')
  const dayOf = (date: Date) => zonedDateKey(date, formats.timeZone)
  const day = dayOf(dueAt)
  const todayOnBlockDay = day === dayOf(now) && (!blockDay || day === dayOf(blockDay))
  const dayLabel = formatDayLabel(dueAt, formats, locale)
  const time = formatTime(dueAt, formats, locale)
  if (baseline) return t('dueBaseline', { time: todayOnBlockDay ? time : t('timeOnDay', { time, day: dayLabel }) })
  return todayOnBlockDay ? t('dueAt', { time }) : t('dueOn', { day: dayLabel, time })
}

/** The baseline before it opens (some hours before the appointment): when to answer it. */
export function baselineNotYetText({ t, locale, formats }: DiaryWords, appointmentAt: Date): string {
  return t('baselineNotYet', { day: formatDayLabel(appointmentAt, formats, locale) })
}

/** "Pain 3 out of 10 · 55% relief · Turning my head · Medicines: Ibuprofen 400 mg" */
export function answerSummary({ t }: DiaryWords, entry: Pick<DiaryEntry, 'nrs' | 'reliefPercent' | 'activity' | 'medicines'>): string {
  return [
    t('summaryPain', { nrs: entry.nrs }),
    entry.reliefPercent != null ? t('summaryRelief', { percent: entry.reliefPercent }) : null,
    entry.activity || null,
    entry.medicines ? t('summaryMedicines', { medicines: entry.medicines }) : null,
  ]
    .filter(Boolean)
    .join(' · ')
}

/**
 * What the page says about saving, in words a screen reader announces (a polite live region).
 * `answered` is how many answers the page holds: with none yet, there is nothing to call saved.
 */
export function connectionText(
  { t }: DiaryWords,
  connection: 'saved' | 'kept' | 'paused' | 'signed-out',
  unsent: number,
  answered?: number,
): string {
  if (connection === 'signed-out') return t('signedOut')
  if (connection === 'kept' && unsent > 0) return t('kept', { count: unsent })
  if (connection === 'paused' && unsent > 0) return t('paused', { count: unsent })
  if (unsent > 0) return t('saving')
  return answered === 0 ? t('noAnswersYet') : t('allSaved')
}
