import { formatDate, type ClinicFormats } from '@/lib/dates'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { portalPaths } from '@/lib/paths'
import type { DiaryProgress } from '@/payload/queries/diary'
import type { PortalTodo } from '../portalTodo'

/** The dashboard's diary to-do: not started, in progress (n of m answered), or submitted on DATE. */
export function diaryTodo(appointmentId: number, progress: DiaryProgress | null, formats: ClinicFormats, locale: Locale = DEFAULT_LOCALE): PortalTodo {
  const t = translatorFor(locale)
  const base = { key: 'diary', label: t('todos.diary'), href: portalPaths.diary(appointmentId) }
  if (progress?.status === 'submitted') {
    const statusText = progress.submittedAt
      ? t('todos.diarySubmittedOn', { date: formatDate(new Date(progress.submittedAt), formats, locale) })
      : t('todos.diarySubmitted')
    return { ...base, done: true, statusText }
  }
  if (!progress || progress.answered === 0) return { ...base, done: false, statusText: t('todos.diaryNotStarted') }
  return { ...base, done: false, statusText: t('todos.diaryInProgress', { answered: progress.answered, total: progress.total }) }
}
