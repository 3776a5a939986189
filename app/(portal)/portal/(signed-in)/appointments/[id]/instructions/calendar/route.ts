import { instructionsToIcs } from '@/lib/instructions'
import { portalPaths } from '@/lib/paths'
import { translatorFor } from '@/lib/i18n/translate'
import { serverUrl } from '@/payload/env'
import { localeOfPatient, localeOfVisitor } from '@/payload/i18n/locale'
import { getClinicFormats } from '@/payload/queries/content'
import { getMyAppointment, getSignedInPatient, instructionScheduleFor } from '@/payload/queries/portal'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PRIVATE } })
}

/** GET: the appointment and its dated instructions as an iCalendar file, for the signed-in patient only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const patient = await getSignedInPatient()
  if (!patient) return text(401, translatorFor(localeOfVisitor(request.headers))('calendar.signIn'))
  const locale = localeOfPatient(patient)
  const t = translatorFor(locale)
  const { id } = await params
  const appointment = await getMyAppointment(patient, id)
  if (!appointment) return text(404, t('calendar.notFound'))
  const schedule = await instructionScheduleFor(patient, appointment)
  const ics = instructionsToIcs(schedule, {
    appointmentStart: new Date(appointment.scheduledAt),
    durationMinutes: appointment.durationMinutes ?? 45,
    // Calendars are often shared or shown on lock screens: a neutral title, no procedure or body part.
    title: t('calendar.title'),
    location: appointment.location ?? '',
    portalUrl: `${serverUrl()}${portalPaths.instructions(appointment.id)}`,
    timeZone: (await getClinicFormats()).timeZone,
    locale,
  })
  return new Response(ics, {
    status: 200,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="harbour-spine-appointment.ics"',
      ...PRIVATE,
    },
  })
}
