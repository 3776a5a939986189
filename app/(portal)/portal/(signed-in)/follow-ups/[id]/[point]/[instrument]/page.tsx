import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'

import '@/components/portal/diary/diary.css'
import '@/components/portal/followUp/followUp.css'
import { OutcomeQuestionnaireForm } from '@/components/portal/followUp/OutcomeQuestionnaireForm'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { formatDate, formatDateTime } from '@/lib/dates'
import { toLocale } from '@/lib/i18n/config'
import { answerLabel } from '@/lib/outcomes'
import { portalPaths } from '@/lib/paths'
import { getClinicFormats } from '@/payload/queries/content'
import { myFollowUpView } from '@/payload/queries/followUps'
import { requirePatient } from '@/payload/queries/portal'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('followUp'))('questionnaireMeta') }
}

type Props = { params: Promise<{ id: string; point: string; instrument: string }> }

/**
 * One follow-up questionnaire: the form while it is open; the answers, read-only, once given; or
 * when it opens / that it closed. Another patient's follow-up is "not found".
 */
export default async function FollowUpQuestionnairePage({ params }: Props) {
  const { id, point, instrument: instrumentId } = await params
  const patient = await requirePatient()
  const [view, formats] = await Promise.all([myFollowUpView(patient, id), getClinicFormats()])
  const questionnaire = view?.questionnaires.find((candidate) => candidate.pointKey === decodeURIComponent(point) && candidate.instrument.id === decodeURIComponent(instrumentId))
  if (!view || !questionnaire) notFound()
  const { instrument } = questionnaire
  const [t, locale] = await Promise.all([getTranslations('followUp'), getLocale().then(toLocale)])
  const date = (value: Date) => formatDate(value, formats, locale)
  const back = (
    <p>
      <Link href={portalPaths.followUp(view.followUp.id)}>{t('backToScores')}</Link>
    </p>
  )

  return (
    <>
      <PortalPageHeader
        eyebrow={questionnaire.baseline ? t('beforeAblation') : t('afterAblation', { label: questionnaire.label })}
        title={instrument.name}
      />
      {questionnaire.status === 'answered' && questionnaire.answer ? (
        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading">{t('answersOf', { date: date(questionnaire.answer.answeredAt) })}</h2>
          <p>{t('cannotChange')}</p>
          <dl className="facts">
            {instrument.items.map((item) => (
              <div key={item.id}>
                <dt>{item.text}</dt>
                <dd>{questionnaire.answer!.answers[item.id] === undefined ? t('notAnswered') : answerLabel(item, questionnaire.answer!.answers[item.id])}</dd>
              </div>
            ))}
          </dl>
          {questionnaire.patientSummary && <p>{questionnaire.patientSummary}</p>}
          {back}
        </section>
      ) : questionnaire.status === 'due' || questionnaire.status === 'overdue' ? (
        <>
          <p>{t('howLong', { count: instrument.items.length, when: formatDateTime(questionnaire.closesAt, formats, locale) })}</p>
          <OutcomeQuestionnaireForm followUpId={view.followUp.id} pointKey={questionnaire.pointKey} instrument={instrument} />
          {back}
        </>
      ) : (
        <>
          <p>
            {questionnaire.status === 'upcoming' ? t('opensLater', { date: date(questionnaire.opensAt) }) : t('closedText')}
          </p>
          {back}
        </>
      )}
    </>
  )
}
