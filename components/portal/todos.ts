import { formatDate, type ClinicFormats } from '@/lib/dates'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import type { Appointment } from '@/payload-types'
import type { ConsentStatus } from '@/lib/consent'
import type { DiaryProgress } from '@/payload/queries/diary'
import { portalPaths } from '@/lib/paths'
import { consentTodo } from './consent/consentTodo'
import type { PortalTodo } from './portalTodo'
import { diaryTodo } from './diary/diaryTodo'

export type { PortalTodo } from './portalTodo'

/** What the dashboard knows about an appointment's to-dos. */
export type TodoFacts = {
  /** When the patient confirmed reading the instructions (ISO), or null. */
  instructionsConfirmedAt: string | null
  /** Where the patient stands with the consent form (see payload/consent/status), or null when there is none to sign. */
  consent?: ConsentStatus | null
  /** How far the patient is with the pain diary (see payload/queries/diary), or null before the first answer. */
  diary?: DiaryProgress | null
  /** The outcome questionnaires open around this appointment when it is an ablation (components/portal/followUp). */
  followUps?: PortalTodo[]
}

function statusOf(doneAt: string | null, formats: ClinicFormats, locale: Locale): Pick<PortalTodo, 'done' | 'statusText'> {
  const t = translatorFor(locale)
  return doneAt
    ? { done: true, statusText: t('todos.doneOn', { date: formatDate(new Date(doneAt), formats, locale) }) }
    : { done: false, statusText: t('todos.toDo') }
}

/** The to-do list of one upcoming appointment, in the order the patient should do them; new to-dos go here. */
export function appointmentTodos(appointment: Appointment, facts: TodoFacts, formats: ClinicFormats, locale: Locale = DEFAULT_LOCALE): PortalTodo[] {
  if (appointment.status === 'cancelled') return []
  return [
    {
      key: 'instructions',
      label: translatorFor(locale)('todos.instructions'),
      href: portalPaths.instructions(appointment.id),
      ...statusOf(facts.instructionsConfirmedAt, formats, locale),
    },
    ...(facts.consent ? [consentTodo(appointment.id, facts.consent, formats, locale)] : []),
    diaryTodo(appointment.id, facts.diary ?? null, formats, locale),
    ...(facts.followUps ?? []),
  ]
}

/**
 * The to-dos left once the appointment has taken place: keeping the pain diary after a block; the
 * outcome questionnaires after an ablation.
 */
export function afterAppointmentTodos(appointment: Appointment, facts: Pick<TodoFacts, 'diary' | 'followUps'>, formats: ClinicFormats, locale: Locale = DEFAULT_LOCALE): PortalTodo[] {
  if (appointment.status === 'cancelled') return []
  if (facts.followUps) return facts.followUps
  return [diaryTodo(appointment.id, facts.diary ?? null, formats, locale)]
}
