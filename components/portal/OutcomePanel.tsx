import { getLocale, getTranslations } from 'next-intl/server'

import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import { patientOutcome, type BookedAppointment, type ReviewDecision } from '@/lib/clinical'
import { toLocale } from '@/lib/i18n/config'

type Props = {
  decision: string
  decidedAt: string | null
  headingId: string
  /** The reviewed appointment: when it was and which block of the series. */
  appointment: { scheduledAt: string; blockNumber: number }
  /** The patient's upcoming appointments, so the next step names the one already booked. */
  upcoming?: readonly BookedAppointment[]
  /** 2 at the top of the dashboard, 3 inside a past appointment. */
  headingLevel?: 2 | 3
  id?: string
  /** The clinic's time zone and date wording (site settings). */
  formats: ClinicFormats
}

/**
 * The specialist's conclusion in plain words, with the next step, in the patient's language. Never
 * shown as a diagnosis. Which next step (and the appointment already booked for it) is lib/clinical's.
 */
export async function OutcomePanel({ decision, decidedAt, headingId, appointment, upcoming = [], headingLevel = 3, id, formats }: Props) {
  const outcome = patientOutcome(decision, new Date(appointment.scheduledAt), upcoming, formats)
  if (!outcome) return null
  const [t, tAppointments, locale] = await Promise.all([getTranslations('outcome'), getTranslations('appointments'), getLocale().then(toLocale)])
  // patientOutcome answers only for a known decision.
  const words = `decisions.${decision as ReviewDecision}` as const
  const { booked } = outcome
  const nextStep = booked
    ? t(`${words}.booked`, {
        when: formatDateTime(booked.scheduledAt, formats, locale),
        block: tAppointments('block', { number: booked.blockNumber }),
      })
    : t(`${words}.nextStep`)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="outcome" aria-labelledby={headingId} id={id} tabIndex={id ? -1 : undefined}>
      <Heading id={headingId}>{decidedAt ? t('headingOn', { date: formatDate(new Date(decidedAt), formats, locale) }) : t('heading')}</Heading>
      <p className="outcome__about">
        {t('about', {
          block: tAppointments('block', { number: appointment.blockNumber }),
          when: formatDateTime(new Date(appointment.scheduledAt), formats, locale),
        })}
      </p>
      <p>
        <strong>{t(`${words}.title`)}.</strong> {nextStep}
      </p>
      <p>{t('questions')}</p>
    </section>
  )
}
