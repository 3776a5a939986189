import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import '@/components/portal/followUp/followUp.css'
import { Notice } from '@/components/portal/Notice'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import { describeItemsForPatient, type PointQuestionnaire } from '@/lib/outcomes'
import { portalPaths } from '@/lib/paths'
import { getClinicFormats } from '@/payload/queries/content'
import { myFollowUpView } from '@/payload/queries/followUps'
import { requirePatient } from '@/payload/queries/portal'

export const metadata: Metadata = { title: 'Your questionnaires after the ablation' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ answered?: string }> }

const STATUS_TEXT: Record<PointQuestionnaire['status'], (questionnaire: PointQuestionnaire, formats: ClinicFormats) => string> = {
  answered: (q, formats) => `Answered on ${formatDate(q.answer!.answeredAt, formats)}`,
  due: (q, formats) => `Open now, to do by ${formatDate(q.dueAt, formats)}`,
  overdue: (q, formats) => `Open now, until ${formatDateTime(q.closesAt, formats)}`,
  upcoming: (q, formats) => `Opens on ${formatDate(q.opensAt, formats)}`,
  closed: () => 'Closed without an answer',
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
  const answeredOnes = view.questionnaires.filter((questionnaire) => questionnaire.score)
  const baselineOf = (questionnaire: PointQuestionnaire) =>
    view.questionnaires.find((other) => other.baseline && other.instrument.id === questionnaire.instrument.id)?.score ?? null

  return (
    <>
      <PortalPageHeader eyebrow="After your ablation" title="Your questionnaires and scores">
        <p>
          {view.ablationAt
            ? `Your ablation: ${formatDateTime(view.ablationAt, formats)}. A few short questionnaires before and after it show how your pain changes over the months.`
            : 'The questionnaires open once your ablation is booked. The clinic will be in touch to book it.'}
        </p>
      </PortalPageHeader>
      {answered && <Notice kind="success" role="status" title="Thank you: your answers are saved"><p>Your specialist can see them.</p></Notice>}

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">Your scores so far</h2>
        {answeredOnes.length === 0 ? (
          <p>You have not answered a questionnaire yet.</p>
        ) : (
          <ol className="outcome-trend">
            {answeredOnes.map((questionnaire) => (
              <li key={`${questionnaire.pointKey}-${questionnaire.instrument.id}`}>
                <strong>
                  {questionnaire.label}, {formatDate(questionnaire.answer!.answeredAt, formats)}:
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
        <p>These are your own answers. Your specialist looks at what they mean for you and will talk them through with you.</p>
      </section>

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">Your questionnaires</h2>
        {view.questionnaires.length === 0 ? (
          <p>None yet.</p>
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
                  {STATUS_TEXT[questionnaire.status](questionnaire, formats)}
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <p>
        <Link href={portalPaths.home}>Back to your appointments</Link>
      </p>
    </>
  )
}
