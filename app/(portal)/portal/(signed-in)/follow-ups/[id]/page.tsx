import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'

import '@/components/portal/followUp/followUp.css'
import { Notice } from '@/components/portal/Notice'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import { toLocale, type Locale } from '@/lib/i18n/config'
import { describeItemsForPatient, type PointQuestionnaire } from '@/lib/outcomes'
import { portalPaths } from '@/lib/paths'
import { getClinicFormats } from '@/payload/queries/content'
import { myFollowUpView } from '@/payload/queries/followUps'
import { requirePatient } from '@/payload/queries/portal'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('followUp'))('meta') }
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ answered?: string }> }

type Words = Awaited<ReturnType<typeof getTranslations<'followUp'>>>

/** Where a questionnaire stands, with its date in the patient's language. */
function statusText(t: Words, locale: Locale, formats: ClinicFormats, q: PointQuestionnaire): string {
  const date = (value: Date) => formatDate(value, formats, locale)
  switch (q.status) {
    case 'answered':
      return t('answeredOn', { date: date(q.answer!.answeredAt) })
    case 'due':
      return t('dueBy', { date: date(q.dueAt) })
    case 'overdue':
      return t('openUntil', { when: formatDateTime(q.closesAt, formats, locale) })
    case 'upcoming':
      return t('opensOn', { date: date(q.opensAt) })
    default:
      return t('closed')
  }
}

/**
 * The patient's follow-up after the ablation: their own scores over time in plain words (never a
 * judgement of the treatment: that is for the specialist), and every questionnaire of the plan with
 * where it stands. Another patient's follow-up is simply "not found".
 */
export default async function FollowUpPage({ params, searchParams }: Props) {
  const patient = await requirePatient()
  const [view, formats] = await Promise.all([myFollowUpView(patient, (await params).id), getClinicFormats()])
  if (!view) notFound()
  const { answered } = await searchParams
  const [t, locale] = await Promise.all([getTranslations('followUp'), getLocale().then(toLocale)])
  const answeredOnes = view.questionnaires.filter((questionnaire) => questionnaire.score)
  const baselineOf = (questionnaire: PointQuestionnaire) =>
    view.questionnaires.find((other) => other.baseline && other.instrument.id === questionnaire.instrument.id)?.score ?? null

  return (
    <>
      <PortalPageHeader eyebrow={t('eyebrow')} title={t('title')}>
        <p>{view.ablationAt ? t('ablationOn', { when: formatDateTime(view.ablationAt, formats, locale) }) : t('notBooked')}</p>
      </PortalPageHeader>
      {answered && (
        <Notice kind="success" role="status" title={t('thanksTitle')}>
          <p>{t('thanks')}</p>
        </Notice>
      )}

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t('scoresHeading')}</h2>
        {answeredOnes.length === 0 ? (
          <p>{t('noScores')}</p>
        ) : (
          <ol className="outcome-trend">
            {answeredOnes.map((questionnaire) => (
              <li key={`${questionnaire.pointKey}-${questionnaire.instrument.id}`}>
                <strong>
                  {questionnaire.label}, {formatDate(questionnaire.answer!.answeredAt, formats, locale)}:
                </strong>{' '}
                {questionnaire.patientSummary}
                {!questionnaire.baseline && questionnaire.instrument.scoring.rule !== 'per-item' && (
                  <ul>
                    {describeItemsForPatient(questionnaire.instrument, questionnaire.score!, baselineOf(questionnaire)).map((sentence) => (
                      <li key={sentence}>{sentence}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
        <p>{t('ownAnswers')}</p>
      </section>

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('planHeading')}</h2>
        {view.questionnaires.length === 0 ? (
          <p>{t('noneYet')}</p>
        ) : (
          <ul>
            {view.questionnaires.map((questionnaire) => {
              const open = questionnaire.status === 'due' || questionnaire.status === 'overdue'
              const href = portalPaths.followUpAnswer(view.followUp.id, questionnaire.pointKey, questionnaire.instrument.id)
              const name = `${questionnaire.label}: ${questionnaire.instrument.name}`
              return (
                <li key={`${questionnaire.pointKey}-${questionnaire.instrument.id}`}>
                  {open || questionnaire.status === 'answered' ? <Link href={href}>{name}</Link> : name}
                  {' — '}
                  {statusText(t, locale, formats, questionnaire)}
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <p>
        <Link href={portalPaths.home}>{t('back')}</Link>
      </p>
    </>
  )
}
