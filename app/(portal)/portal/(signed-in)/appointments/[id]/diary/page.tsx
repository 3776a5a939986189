import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'

import { appointmentWhat, sideLabel } from '@/components/portal/appointmentText'
import { DiaryKeeper } from '@/components/portal/diary/DiaryKeeper'
import { SubmittedDiary } from '@/components/portal/diary/SubmittedDiary'
import '@/components/portal/diary/diary.css'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { formatDateTime } from '@/lib/dates'
import { toLocale } from '@/lib/i18n/config'
import { deviceNamespaceOf } from '@/payload/auth/deviceNamespace'
import { getClinicFormats } from '@/payload/queries/content'
import { diaryViewFor } from '@/payload/queries/diary'
import { getMyAppointment, requirePatient, reviewOutcomesFor } from '@/payload/queries/portal'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('diary'))('meta') }
}

type Params = Promise<{ id: string }>

/** The patient's pain diary for one appointment. Another patient's appointment is simply "not found". */
export default async function DiaryPage({ params }: { params: Params }) {
  const { id } = await params
  const patient = await requirePatient()
  const appointment = await getMyAppointment(patient, id)
  if (!appointment || appointment.status === 'cancelled') notFound()
  const { questionnaire, state } = await diaryViewFor(patient, appointment)
  const submitted = state?.diary.status === 'submitted'
  const review = submitted ? ((await reviewOutcomesFor(patient, [appointment.id])).get(appointment.id) ?? null) : null
  const [t, tAppointments, tInstructions, locale, formats] = await Promise.all([
    getTranslations('diary'),
    getTranslations('appointments'),
    getTranslations('instructions'),
    getLocale().then(toLocale),
    getClinicFormats(),
  ])
  const when = formatDateTime(new Date(appointment.scheduledAt), formats, locale)

  return (
    <>
      <PortalPageHeader eyebrow={t('eyebrow')} title={questionnaire.title} />
      <dl className="facts appointment-summary">
        <dt>{t('appointment')}</dt>
        <dd>{when}</dd>
        <dt>{tInstructions('procedure')}</dt>
        <dd>{appointmentWhat(appointment, locale)}</dd>
        <dt>{tAppointments('side')}</dt>
        <dd>{sideLabel(appointment.side, locale)}</dd>
        <dt>{tAppointments('levels')}</dt>
        <dd>{appointment.levels}</dd>
      </dl>

      {state && submitted ? (
        <SubmittedDiary
          questionnaire={questionnaire}
          entries={state.entries}
          blockTime={state.diary.blockTime}
          submittedAt={state.diary.submittedAt}
          review={review}
          formats={formats}
        />
      ) : (
        <DiaryKeeper
          appointmentId={appointment.id}
          patientId={patient.id}
          deviceNamespace={deviceNamespaceOf(patient.id)}
          questionnaire={questionnaire}
          initial={state}
          scheduledAt={appointment.scheduledAt}
          serverNow={new Date().toISOString()}
          formats={formats}
        />
      )}

      <p className="form-links">
        <Link href="/portal" prefetch={false}>
          {tInstructions('back')}
        </Link>
      </p>
    </>
  )
}
