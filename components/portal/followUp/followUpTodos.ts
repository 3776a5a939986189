import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import type { PointQuestionnaire } from '@/lib/outcomes'
import { portalPaths } from '@/lib/paths'
import type { PortalTodo } from '../portalTodo'

/**
 * The dashboard's to-dos of one follow-up: each questionnaire open now (due, or overdue while its
 * window lasts), and those answered whose window is still open, marked done. Closed and future
 * points are not to-dos.
 */
export function followUpTodos(
  followUpId: number,
  questionnaires: readonly PointQuestionnaire[],
  now: Date,
  formats: ClinicFormats,
  locale: Locale = DEFAULT_LOCALE,
): PortalTodo[] {
  const t = translatorFor(locale)
  const date = (value: Date) => formatDate(value, formats, locale)
  return questionnaires.flatMap((questionnaire): PortalTodo[] => {
    const { pointKey, instrument, status } = questionnaire
    const when = questionnaire.baseline ? t('followUp.beforeAblation') : capitalise(t('followUp.afterAblation', { label: questionnaire.label }))
    const base = {
      key: `follow-up-${pointKey}-${instrument.id}`,
      label: t('followUp.todoLabel', { when, instrument: instrument.name }),
      href: portalPaths.followUpAnswer(followUpId, pointKey, instrument.id),
    }
    if (status === 'due') return [{ ...base, done: false, statusText: t('followUp.todoBy', { date: date(questionnaire.dueAt) }) }]
    if (status === 'overdue') {
      return [{ ...base, done: false, statusText: t('followUp.todoUntil', { when: formatDateTime(questionnaire.closesAt, formats, locale) }) }]
    }
    if (status === 'answered' && questionnaire.answer && now.getTime() < questionnaire.closesAt.getTime()) {
      return [{ ...base, done: true, statusText: t('followUp.todoDone', { date: date(questionnaire.answer.answeredAt) }) }]
    }
    return []
  })
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
