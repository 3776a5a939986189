import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { AppointmentCard } from '@/components/portal/AppointmentCard'
import { isUpcoming } from '@/components/portal/appointmentText'
import { getClinicContact } from '@/components/portal/clinic'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { OutcomePanel } from '@/components/portal/OutcomePanel'
import { afterAppointmentTodos, appointmentTodos } from '@/components/portal/todos'
import { telTag } from '@/components/portal/messageTags'
import { appointmentKind, type BookedAppointment } from '@/lib/clinical'
import { portalPaths } from '@/lib/paths'
import type { Appointment, Procedure } from '@/payload-types'
import { consentStatusesFor } from '@/payload/consent/queries'
import { diaryProgressFor } from '@/payload/queries/diary'
import { myFollowUpViews } from '@/payload/queries/followUps'
import { followUpTodos } from '@/components/portal/followUp/followUpTodos'
import type { PortalTodo } from '@/components/portal/portalTodo'
import Link from 'next/link'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { getClinicFormats } from '@/payload/queries/content'
import { instructionConfirmationsFor, listMyAppointments, requirePatient, reviewOutcomesFor } from '@/payload/queries/portal'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('appointments'))('title') }
}

/** The id `portalPaths.specialistResult` links to. */
const OUTCOME_ANCHOR = portalPaths.specialistResult.split('#')[1]

function booked(appointment: Appointment): BookedAppointment {
  const procedure = appointment.procedure as Procedure | number
  return {
    id: appointment.id,
    scheduledAt: new Date(appointment.scheduledAt),
    kind: appointmentKind(typeof procedure === 'object' ? procedure?.slug : null),
    blockNumber: appointment.blockNumber,
  }
}

/**
 * The patient's dashboard: the specialist's latest result first (its next step names what is already
 * booked), then upcoming appointments (soonest first) with their to-dos, then past ones.
 */
export default async function DashboardPage() {
  const patient = await requirePatient()
  const [appointments, clinic, t, locale, formats] = await Promise.all([
    listMyAppointments(patient),
    getClinicContact(),
    getTranslations('appointments'),
    getLocale(),
    getClinicFormats(),
  ])
  const now = new Date()
  const upcoming = appointments.filter((appointment) => isUpcoming(appointment, now))
  const past = appointments.filter((appointment) => !isUpcoming(appointment, now)).reverse()
  const [confirmations, consents, diaries, outcomes, followUps] = await Promise.all([
    instructionConfirmationsFor(
      patient,
      upcoming.map((appointment) => appointment.id),
    ),
    consentStatusesFor(await getPayloadClient(), { user: patient }, upcoming),
    diaryProgressFor(
      patient,
      appointments.map((appointment) => appointment.id),
    ),
    reviewOutcomesFor(
      patient,
      past.map((appointment) => appointment.id),
    ),
    myFollowUpViews(patient, now),
  ])
  // Each follow-up's open questionnaires are to-dos of its ablation appointment.
  const followUpTodosByAppointment = new Map<number, PortalTodo[]>()
  for (const view of followUps) {
    if (view.ablation) followUpTodosByAppointment.set(view.ablation.id, followUpTodos(view.followUp.id, view.questionnaires, now, formats, locale))
  }
  const call = { phone: clinic.phone, tel: telTag(clinic.phone) }
  // Past is newest first: the newest reviewed appointment's result leads the page; older ones stay on their cards.
  const latestReviewed = past.find((appointment) => outcomes.has(appointment.id))
  const latestOutcome = latestReviewed ? outcomes.get(latestReviewed.id) : undefined
  const upcomingBooked = upcoming.map(booked)

  return (
    <>
      <PortalPageHeader title={t('title')} />
      {latestReviewed && latestOutcome && (
        <OutcomePanel
          {...latestOutcome}
          id={OUTCOME_ANCHOR}
          headingId="latest-outcome-heading"
          headingLevel={2}
          appointment={latestReviewed}
          upcoming={upcomingBooked}
          formats={formats}
        />
      )}
      {followUps.length > 0 && (
        <section aria-labelledby="follow-up-heading">
          <h2 id="follow-up-heading">{t('afterAblation')}</h2>
          <ul>
            {followUps.map((view) => (
              <li key={view.followUp.id}>
                <Link href={portalPaths.followUp(view.followUp.id)}>{t('followUpLink')}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {appointments.length === 0 ? (
        <>
          <p>{t('none')}</p>
          <p>{t.rich('expecting', call)}</p>
        </>
      ) : (
        <>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t('upcoming')}</h2>
            {upcoming.length === 0 ? (
              <p>{t.rich('noUpcoming', call)}</p>
            ) : (
              <ul className="appointments">
                {upcoming.map((appointment) => (
                  <li key={appointment.id}>
                    <AppointmentCard
                      appointment={appointment}
                      todos={appointmentTodos(appointment, {
                        instructionsConfirmedAt: confirmations.get(appointment.id) ?? null,
                        consent: consents.get(appointment.id) ?? null,
                        diary: diaries.get(appointment.id) ?? null,
                        followUps: followUpTodosByAppointment.get(appointment.id),
                      }, formats, locale)}
                      formats={formats}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="past-heading">
              <h2 id="past-heading">{t('past')}</h2>
              <ul className="appointments">
                {past.map((appointment) => (
                  <li key={appointment.id}>
                    <AppointmentCard
                      appointment={appointment}
                      past
                      todos={afterAppointmentTodos(
                        appointment,
                        { diary: diaries.get(appointment.id) ?? null, followUps: followUpTodosByAppointment.get(appointment.id) },
                        formats,
                        locale,
                      )}
                      formats={formats}
                    />
                    {appointment !== latestReviewed && outcomes.get(appointment.id) && (
                      <OutcomePanel
                        {...outcomes.get(appointment.id)!}
                        headingId={`outcome-${appointment.id}`}
                        appointment={appointment}
                        upcoming={upcomingBooked}
                        formats={formats}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  )
}
