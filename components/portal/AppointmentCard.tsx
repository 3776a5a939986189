import Link from 'next/link'
import { useLocale, useTranslations } from 'next-intl'

import { formatDateTime, type ClinicFormats } from '@/lib/dates'
import type { Appointment } from '@/payload-types'
import { portalPaths } from '@/lib/paths'
import { appointmentWhat, sideLabel, statusLabel } from './appointmentText'
import type { PortalTodo } from './todos'

type Props = {
  appointment: Appointment
  /** The appointment's to-dos; see `appointmentTodos` and `afterAppointmentTodos` in ./todos. */
  todos?: PortalTodo[]
  past?: boolean
  /** The clinic's time zone and date wording (site settings). */
  formats: ClinicFormats
}

/** One appointment: when, what, which side and levels, its status, and what the patient still has to do. */
export function AppointmentCard({ appointment, todos = [], past = false, formats }: Props) {
  const t = useTranslations('appointments')
  const locale = useLocale()
  const when = formatDateTime(new Date(appointment.scheduledAt), formats, locale)
  const headingId = `appointment-${appointment.id}`
  return (
    <article className={`appointment${past ? ' appointment--past' : ''}`} aria-labelledby={headingId}>
      <h3 className="appointment__when" id={headingId}>
        {when}
      </h3>
      <p className="appointment__what">{appointmentWhat(appointment, locale)}</p>
      <dl className="facts">
        <dt>{t('side')}</dt>
        <dd>{sideLabel(appointment.side, locale)}</dd>
        <dt>{t('levels')}</dt>
        <dd>{appointment.levels}</dd>
        {!past && appointment.location && (
          <>
            <dt>{t('where')}</dt>
            <dd>{appointment.location}</dd>
          </>
        )}
        <dt>{t('status')}</dt>
        <dd>{statusLabel(appointment.status, locale)}</dd>
      </dl>

      {todos.length > 0 && (
        <section className="todos" aria-labelledby={`${headingId}-todos`}>
          <h4 id={`${headingId}-todos`}>{past ? t('after') : t('before')}</h4>
          <ul>
            {todos.map((todo) => (
              <li key={todo.key} className="todo">
                <Link href={todo.href} prefetch={false}>
                  {todo.label}
                  <span className="visually-hidden">{t('forWhen', { when })}</span>
                </Link>
                <span className={`badge${todo.done ? ' badge--done' : ''}`}>
                  <span className="badge__icon" aria-hidden="true">
                    {todo.done ? '✓' : '○'}
                  </span>
                  <span className="visually-hidden">{t('statusPrefix')}</span>
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
            {t('seeInstructions')}
            <span className="visually-hidden">{t('forWhen', { when })}</span>
          </Link>
        </p>
      )}
    </article>
  )
}
