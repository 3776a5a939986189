import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'

import { BlockSummary } from '../../../../../components/clinic/BlockSummary'
import { DecisionForm } from '../../../../../components/clinic/DecisionForm'
import { percent, VERDICT_LABELS } from '../../../../../components/clinic/labels'
import { agentLabel, blockLabel, decisionLabel } from '../../../../../lib/clinical'
import { ReliefChart } from '../../../../../components/clinic/ReliefChart'
import { hasRole } from '../../../../../payload/access'
import { consentStatusFor } from '../../../../../payload/clinical/consentStatus'
import { loadDiaryReview, type DiaryReview } from '../../../../../payload/clinical/diaryReview'
import { formatDate, formatDateTime } from '../../../../../lib/dates'
import { auditClinicView, requireClinician } from '../../../../../payload/clinical/clinician'
import { getPayloadClient } from '../../../../../payload/queries/getPayloadClient'

export const metadata: Metadata = { title: 'Diary review' }

type Props = { params: Promise<{ id: string }> }

function chartData(review: DiaryReview) {
  const analysis = review.analyses[0]?.block
  return (analysis?.points ?? []).flatMap((point) => (point.nrs == null ? [] : [{ hours: Math.round((point.minutesAfterBlock / 60) * 100) / 100, nrs: point.nrs }]))
}

export default async function DiaryReviewPage({ params }: Props) {
  const id = Number((await params).id)
  const clinician = await requireClinician(`/clinic/diaries/${(await params).id}`)
  if (!clinician) forbidden()
  if (!Number.isInteger(id) || id <= 0) notFound()
  const payload = await getPayloadClient()
  const review = await loadDiaryReview(payload, clinician, id)
  if (!review) notFound()
  await auditClinicView(clinician, 'clinic-diary-review', [id])
  const consent = await consentStatusFor(payload, clinician, review.appointment.id)
  const analysis = review.analyses[0]?.block
  const decision = review.diary.review?.decision ?? null
  const locked = Boolean(decision)
  const isAdmin = hasRole(clinician, 'admin')

  return (
    <>
      <div className="page-header">
        <h1>
          {review.patient.fullName}: {blockLabel(review.appointment.blockNumber)}
        </h1>
        <p>
          {review.procedure?.title ?? 'Procedure'} on {formatDateTime(new Date(review.appointment.scheduledAt))},{' '}
          {agentLabel(review.appointment.agent)}, {review.appointment.side} {review.appointment.levels}. Diary{' '}
          {review.diary.status === 'submitted' && review.diary.submittedAt ? `submitted ${formatDateTime(new Date(review.diary.submittedAt))}` : 'not yet submitted'}.
        </p>
        <p>
          Records in the admin: <Link href={`/admin/collections/diaries/${review.diary.id}`}>diary</Link>,{' '}
          <Link href={`/admin/collections/patients/${review.patient.id}`}>patient</Link>,{' '}
          <Link href={`/admin/collections/appointments/${review.appointment.id}`}>appointment</Link>.{' '}
          <a href={`/clinic/diaries/${review.diary.id}/summary`}>Download the review summary (PDF)</a>
        </p>
      </div>

      <section aria-labelledby="chart-heading" className="panel">
        <h2 id="chart-heading">Pain after the block</h2>
        <figure className="chart-figure">
          <ReliefChart points={chartData(review)} baseline={analysis?.baselineNrs ?? null} describedBy="diary-table-caption" />
          <figcaption>
            Pain score (0–10) during the activity that usually hurts, hours after the block. Lines: baseline, and the scores
            that would mean 50% and 80% relief.
          </figcaption>
        </figure>
        <div className="table-scroll">
          <table className="data-table">
            <caption id="diary-table-caption">Diary entries (baseline {analysis?.baselineNrs ?? 'not recorded'} / 10)</caption>
            <thead>
              <tr>
                <th scope="col">Minutes after block</th>
                <th scope="col">Pain (0–10)</th>
                <th scope="col">Computed relief</th>
                <th scope="col">Patient-reported relief</th>
                <th scope="col">Activity</th>
                <th scope="col">Pain medicines taken</th>
              </tr>
            </thead>
            <tbody>
              {review.baselineEntry && (
                <tr>
                  <th scope="row">Before the block</th>
                  <td>{review.baselineEntry.nrs}</td>
                  <td>—</td>
                  <td>—</td>
                  <td>{review.baselineEntry.activity || '—'}</td>
                  <td>{review.baselineEntry.medicines || 'none'}</td>
                </tr>
              )}
              {(analysis?.points ?? []).map((point) => (
                <tr key={point.minutesAfterBlock}>
                  <th scope="row">{point.minutesAfterBlock}</th>
                  <td>{point.nrs ?? '—'}</td>
                  <td>{percent(point.reliefPercent)}</td>
                  <td>{percent(point.reportedReliefPercent)}</td>
                  <td>{point.activity ?? '—'}</td>
                  <td>{point.medicines ?? 'none'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div className="review-grid">
        <BlockSummary block={review} />
        {review.otherBlock ? (
          <BlockSummary block={review.otherBlock} />
        ) : (
          <section className="panel" aria-labelledby="other-block">
            <h2 id="other-block">Other block of the series</h2>
            <p>No diary for another block of this series yet.</p>
          </section>
        )}
      </div>

      <section className="panel" aria-labelledby="series-heading">
        <h2 id="series-heading">Series verdicts and concordance</h2>
        {review.series.map(({ profile, series }) => (
          <div key={profile.id}>
            <h3>{profile.name}</h3>
            <p>
              <span className="verdict">{VERDICT_LABELS[series.verdict]}</span> (suggested)
              {series.concordance && `; concordance: ${series.concordance.status.replace('-', ' ')}`}
            </p>
            <ul>
              {[...series.reasons, ...(series.concordance?.reasons ?? [])].map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section className="panel" aria-labelledby="consent-heading">
        <h2 id="consent-heading">Consent for this appointment</h2>
        <p>{consent}</p>
      </section>

      <section className="panel" aria-labelledby="decision-heading">
        <h2 id="decision-heading">Decision</h2>
        {locked && (
          <p role="status">
            Recorded: <strong>{decisionLabel(decision)}</strong>
            {review.diary.review?.reviewedAt && ` on ${formatDate(new Date(review.diary.review.reviewedAt))}`}. The review is locked
            {isAdmin ? '; as an admin you may correct it.' : '.'}
          </p>
        )}
        {locked && review.diary.review?.note && <p>Note: {review.diary.review.note}</p>}
        {review.diary.status !== 'submitted' ? (
          <p>The patient has not submitted this diary yet.</p>
        ) : (
          (!locked || isAdmin) && (
            <DecisionForm diaryId={review.diary.id} current={{ decision, note: review.diary.review?.note ?? null }} changingLockedDecision={locked && isAdmin} />
          )
        )}
      </section>
    </>
  )
}
