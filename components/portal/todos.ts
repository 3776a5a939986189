import { formatDate } from '@/lib/dates'
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

function statusOf(doneAt: string | null): Pick<PortalTodo, 'done' | 'statusText'> {
  return doneAt ? { done: true, statusText: `Done on ${formatDate(new Date(doneAt))}` } : { done: false, statusText: 'To do' }
}

/** The to-do list of one upcoming appointment, in the order the patient should do them; new to-dos go here. */
export function appointmentTodos(appointment: Appointment, facts: TodoFacts): PortalTodo[] {
  if (appointment.status === 'cancelled') return []
  return [
    {
      key: 'instructions',
      label: 'Read your instructions',
      href: portalPaths.instructions(appointment.id),
      ...statusOf(facts.instructionsConfirmedAt),
    },
    ...(facts.consent ? [consentTodo(appointment.id, facts.consent)] : []),
    diaryTodo(appointment.id, facts.diary ?? null),
    ...(facts.followUps ?? []),
  ]
}

/**
 * The to-dos left once the appointment has taken place: keeping the pain diary after a block; the
 * outcome questionnaires after an ablation.
 */
export function afterAppointmentTodos(appointment: Appointment, facts: Pick<TodoFacts, 'diary' | 'followUps'>): PortalTodo[] {
  if (appointment.status === 'cancelled') return []
  if (facts.followUps) return facts.followUps
  return [diaryTodo(appointment.id, facts.diary ?? null)]
}
