import Link from 'next/link'

import { formatDateTime } from '@/lib/dates'
import type { Appointment } from '@/payload-types'
import { blockLabel } from '@/lib/clinical'
import { portalPaths } from '@/lib/paths'
import { procedureTitle, SIDE_LABELS, STATUS_LABELS } from './appointmentText'
import type { PortalTodo } from './todos'

type Props = {
  appointment: Appointment
  /** The appointment's to-dos; see `appointmentTodos` and `afterAppointmentTodos` in ./todos. */
  todos?: PortalTodo[]
  past?: boolean
}

/** One appointment: when, what, which side and levels, its status, and what the patient still has to do. */
export function AppointmentCard({ appointment, todos = [], past = false }: Props) {
  const when = formatDateTime(new Date(appointment.scheduledAt))
  const headingId = `appointment-${appointment.id}`
  return (
    <article className={`appointment${past ? ' appointment--past' : ''}`} aria-labelledby={headingId}>
      <h3 className="appointment__when" id={headingId}>
        {when}
      </h3>
      <p className="appointment__what">
        {procedureTitle(appointment)}, {blockLabel(appointment.blockNumber)}
      </p>
      <dl className="facts">
        <dt>Side</dt>
        <dd>{SIDE_LABELS[appointment.side] ?? appointment.side}</dd>
        <dt>Levels</dt>
        <dd>{appointment.levels}</dd>
        {!past && appointment.location && (
          <>
            <dt>Where</dt>
            <dd>{appointment.location}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>{STATUS_LABELS[appointment.status] ?? appointment.status}</dd>
      </dl>

      {todos.length > 0 && (
        <section className="todos" aria-labelledby={`${headingId}-todos`}>
          <h4 id={`${headingId}-todos`}>{past ? 'After this appointment' : 'Before this appointment'}</h4>
          <ul>
            {todos.map((todo) => (
              <li key={todo.key} className="todo">
                <Link href={todo.href} prefetch={false}>
                  {todo.label}
                  <span className="visually-hidden"> for {when}</span>
                </Link>
                <span className={`badge${todo.done ? ' badge--done' : ''}`}>
                  <span className="badge__icon" aria-hidden="true">
                    {todo.done ? '✓' : '○'}
                  </span>
                  <span className="visually-hidden">Status: </span>
                  {todo.statusText}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {past && (
        <p className="form-links">
          <Link href={portalPaths.instructions(appointment.id)} prefetch={false}>
            See the instructions<span className="visually-hidden"> for {when}</span>
          </Link>
        </p>
      )}
    </article>
  )
}
