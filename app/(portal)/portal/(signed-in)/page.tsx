import type { Metadata } from 'next'

import { AppointmentCard } from '@/components/portal/AppointmentCard'
import { isUpcoming } from '@/components/portal/appointmentText'
import { getClinicContact } from '@/components/portal/clinic'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { OutcomePanel } from '@/components/portal/OutcomePanel'
import { afterAppointmentTodos, appointmentTodos } from '@/components/portal/todos'
import { telHref } from '@/components/site/paths'
import { consentStatusesFor } from '@/payload/consent/queries'
import { diaryProgressFor } from '@/payload/queries/diary'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { instructionConfirmationsFor, listMyAppointments, requirePatient, reviewOutcomesFor } from '@/payload/queries/portal'

export const metadata: Metadata = { title: 'Your appointments' }

/** The patient's dashboard: upcoming appointments (soonest first) with their to-dos, then past ones. */
export default async function DashboardPage() {
  const patient = await requirePatient()
  const [appointments, clinic] = await Promise.all([listMyAppointments(patient), getClinicContact()])
  const now = new Date()
  const upcoming = appointments.filter((appointment) => isUpcoming(appointment, now))
  const past = appointments.filter((appointment) => !isUpcoming(appointment, now)).reverse()
  const [confirmations, consents, diaries, outcomes] = await Promise.all([
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
  ])
  const call = <a href={telHref(clinic.phone)}>{clinic.phone}</a>

  return (
    <>
      <PortalPageHeader title="Your appointments" />
      {appointments.length === 0 ? (
        <>
          <p>You have no appointments in the portal yet. When the clinic books one for you, it will appear here with your instructions.</p>
          <p>Expecting an appointment? Call the clinic on {call}.</p>
        </>
      ) : (
        <>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">Upcoming appointments</h2>
            {upcoming.length === 0 ? (
              <p>You have no upcoming appointments. To book one, call the clinic on {call}.</p>
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
                      })}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="past-heading">
              <h2 id="past-heading">Past appointments</h2>
              <ul className="appointments">
                {past.map((appointment) => (
                  <li key={appointment.id}>
                    <AppointmentCard
                      appointment={appointment}
                      past
                      todos={afterAppointmentTodos(appointment, { diary: diaries.get(appointment.id) ?? null })}
                    />
                    {outcomes.get(appointment.id) && (
                      <OutcomePanel {...outcomes.get(appointment.id)!} headingId={`outcome-${appointment.id}`} />
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
