import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import type { PointQuestionnaire } from '@/lib/outcomes'
import { portalPaths } from '@/lib/paths'
import type { PortalTodo } from '../portalTodo'

/**
 * The dashboard's to-dos of one follow-up: each questionnaire open now (due, or overdue while its
 * window lasts), and those answered whose window is still open, marked done. Closed and future
 * points are not to-dos.
 */
export function followUpTodos(followUpId: number, questionnaires: readonly PointQuestionnaire[], now: Date, formats: ClinicFormats): PortalTodo[] {
  return questionnaires.flatMap((questionnaire): PortalTodo[] => {
    const { pointKey, instrument, status } = questionnaire
    const base = {
      key: `follow-up-${pointKey}-${instrument.id}`,
      label: `${questionnaire.baseline ? 'Before your ablation' : `${capitalise(questionnaire.label)} your ablation`}: answer the ${instrument.name} questions`,
      href: portalPaths.followUpAnswer(followUpId, pointKey, instrument.id),
    }
    if (status === 'due') return [{ ...base, done: false, statusText: `To do by ${formatDate(questionnaire.dueAt, formats)}` }]
    if (status === 'overdue') return [{ ...base, done: false, statusText: `To do: open until ${formatDateTime(questionnaire.closesAt, formats)}` }]
    if (status === 'answered' && questionnaire.answer && now.getTime() < questionnaire.closesAt.getTime()) {
      return [{ ...base, done: true, statusText: `Done on ${formatDate(questionnaire.answer.answeredAt, formats)}` }]
    }
    return []
  })
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
