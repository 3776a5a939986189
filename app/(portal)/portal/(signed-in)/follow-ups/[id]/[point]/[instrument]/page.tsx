import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import '@/components/portal/diary/diary.css'
import '@/components/portal/followUp/followUp.css'
import { OutcomeQuestionnaireForm } from '@/components/portal/followUp/OutcomeQuestionnaireForm'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { formatDate, formatDateTime } from '@/lib/dates'
import { answerLabel } from '@/lib/outcomes'
import { portalPaths } from '@/lib/paths'
import { getClinicFormats } from '@/payload/queries/content'
import { myFollowUpView } from '@/payload/queries/followUps'
import { requirePatient } from '@/payload/queries/portal'

export const metadata: Metadata = { title: 'Follow-up questionnaire' }

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
  const back = (
    <p>
      <Link href={portalPaths.followUp(view.followUp.id)}>Back to your questionnaires and scores</Link>
    </p>
  )

  return (
    <>
      <PortalPageHeader eyebrow={questionnaire.baseline ? 'Before your ablation' : `${questionnaire.label} your ablation`} title={instrument.name} />
      {questionnaire.status === 'answered' && questionnaire.answer ? (
        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading">Your answers of {formatDate(questionnaire.answer.answeredAt, formats)}</h2>
          <p>Answers cannot be changed once sent.</p>
          <dl className="facts">
            {instrument.items.map((item) => (
              <div key={item.id}>
                <dt>{item.text}</dt>
                <dd>{questionnaire.answer!.answers[item.id] === undefined ? 'Not answered' : answerLabel(item, questionnaire.answer!.answers[item.id])}</dd>
              </div>
            ))}
          </dl>
          {questionnaire.patientSummary && <p>{questionnaire.patientSummary}</p>}
          {back}
        </section>
      ) : questionnaire.status === 'due' || questionnaire.status === 'overdue' ? (
        <>
          <p>
            {instrument.items.length === 1 ? 'One question' : `${instrument.items.length} questions`}, about a minute. Open until{' '}
            {formatDateTime(questionnaire.closesAt, formats)}.
          </p>
          <OutcomeQuestionnaireForm followUpId={view.followUp.id} pointKey={questionnaire.pointKey} instrument={instrument} />
          {back}
        </>
      ) : (
        <>
          <p>
            {questionnaire.status === 'upcoming'
              ? `This questionnaire opens on ${formatDate(questionnaire.opensAt, formats)}.`
              : 'This questionnaire has closed without an answer. That is all right: the next one will open in its turn.'}
          </p>
          {back}
        </>
      )}
    </>
  )
}
