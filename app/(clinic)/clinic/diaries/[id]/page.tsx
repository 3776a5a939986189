import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'

import { BlockSummary } from '@/components/clinic/BlockSummary'
import { DecisionForm } from '@/components/clinic/DecisionForm'
import { FlagList } from '@/components/clinic/FlagList'
import { duration, percent, profileSource, VERDICT_LABELS } from '@/components/clinic/labels'
import { agentLabel, blockLabel, decisionLabel } from '@/lib/clinical'
import { ReliefChart } from '@/components/clinic/ReliefChart'
import { ReminderLog } from '@/components/clinic/ReminderLog'
import { hasRole } from '@/payload/access'
import { consentStatusFor } from '@/payload/clinical/consentStatus'
import { loadDiaryReview, type DiaryReview } from '@/payload/clinical/diaryReview'
import { loadReminderLog } from '@/payload/clinical/diaryReminders'
import { formatDateTime } from '@/lib/dates'
import { HTML_LANG, type Locale } from '@/lib/i18n/config'
import { localeOfPatient } from '@/payload/i18n/locale'
import { auditClinicView, requireClinician } from '@/payload/clinical/clinician'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { TableScroll } from '@/components/clinic/TableScroll'

export const metadata: Metadata = { title: 'Diary review' }

type Props = { params: Promise<{ id: string }> }

function chartData(review: DiaryReview) {
  return (review.analyses[0]?.block.points ?? []).map((point) => ({ minutes: point.minutesAfterBlock, nrs: point.nrs }))
}

type TableRow = { minutes: number; point: DiaryReview['analyses'][number]['block']['points'][number] | null }

/** Every scheduled time point in order: the answered ones with their values, the missed ones marked as missed. */
function tableRows(review: DiaryReview): TableRow[] {
  const analysis = review.analyses[0]?.block
  if (!analysis) return []
  const answered = analysis.points.map((point) => ({ minutes: point.minutesAfterBlock, point }))
  const missed = analysis.missedMinutes.map((minutes) => ({ minutes, point: null }))
  return [...answered, ...missed].sort((a, b) => a.minutes - b.minutes)
}

/** The workspace speaks the staff's language; the patient's own words are shown as written, marked with theirs. */
const LANGUAGE_IN_ENGLISH: Record<Locale, string> = { en: 'English', es: 'Spanish' }

/** A block already given with no signed consent on record is a warning, not a plain line. */
function consentIsMissingForAGivenBlock(review: DiaryReview, consent: string): boolean {
  const given = review.diary.blockTime != null || review.appointment.status === 'done'
  return given && consent.startsWith('Not signed')
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
  const consent = await consentStatusFor(payload, clinician, review.appointment.id, review.formats)
  const reminderLog = await loadReminderLog(payload, clinician, review.diary, review.entries)
  const analysis = review.analyses[0]?.block
  const decision = review.diary.review?.decision ?? null
  const locked = Boolean(decision)
  const isAdmin = hasRole(clinician, 'admin')
  const writtenIn = localeOfPatient(review.patient)
  const asWritten = { lang: HTML_LANG[writtenIn] }

  return (
    <>
      <div className="page-header">
        <h1>
          {review.patient.fullName}: {blockLabel(review.appointment.blockNumber)}
        </h1>
        <p>
          {review.procedure?.title ?? 'Procedure'} on {formatDateTime(new Date(review.appointment.scheduledAt), review.formats)},{' '}
          {agentLabel(review.appointment.agent)}, {review.appointment.side} {review.appointment.levels}. Diary{' '}
          {review.diary.status === 'submitted' && review.diary.submittedAt ? `submitted ${formatDateTime(new Date(review.diary.submittedAt), review.formats)}` : 'not yet submitted'}.
        </p>
        <p>
          Records in the admin: <Link href={`/admin/collections/diaries/${review.diary.id}`}>diary</Link>,{' '}
          <Link href={`/admin/collections/patients/${review.patient.id}`}>patient</Link>,{' '}
          <Link href={`/admin/collections/appointments/${review.appointment.id}`}>appointment</Link>.{' '}
          <a href={`/clinic/diaries/${review.diary.id}/summary`}>Download the review summary (PDF)</a>.{' '}
          <Link href={`/clinic/patients/${review.patient.id}`}>The patient’s whole pathway</Link>
        </p>
      </div>

      <section className="panel" aria-labelledby="flags-heading">
        <FlagList flags={review.flags} headingLevel={2} id="flags-heading" />
      </section>

      <section className="panel" aria-labelledby="series-heading">
        <h2 id="series-heading">Series verdicts and concordance</h2>
        {review.series.map(({ profile, series }) => (
          <div key={profile.id}>
            <h3>{profile.name}</h3>
            <p>
              <span className="verdict">{VERDICT_LABELS[series.verdict]}</span> (suggested)
              {series.concordance && `; concordance: ${series.concordance.status.replace('-', ' ')}`}.{' '}
              <span className="profile-source">Criteria: {profileSource(profile)}.</span>
            </p>
            <p>This block: {VERDICT_LABELS[review.analyses.find((analysis) => analysis.profile.id === profile.id)?.block.verdict ?? 'indeterminate']} (suggested).</p>
            <ul>
              {[...series.reasons, ...(series.concordance?.reasons ?? [])].map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="chart-heading" className="panel">
        <h2 id="chart-heading">Pain after the block</h2>
        <figure className="chart-figure">
          <ReliefChart
            points={chartData(review)}
            baseline={analysis?.baselineNrs ?? null}
            thresholds={[...new Set(review.analyses.map(({ profile }) => profile.reliefThresholdPercent))]}
            describedBy="diary-table-caption"
          />
          <figcaption>
            Pain score (0–10) during the activity that usually hurts, over the time after the block: the day of the block hour
            by hour, later answers set apart. Lines: baseline, and the scores that mean each profile’s relief threshold.
          </figcaption>
        </figure>
        <TableScroll label="Diary entries">
          <table className="data-table">
            <caption id="diary-table-caption">
              Diary entries (baseline {analysis?.baselineNrs ?? 'not recorded'} / 10).{' '}
              {`Activity and medicines as the patient wrote them, in ${LANGUAGE_IN_ENGLISH[writtenIn]}.`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Time after block</th>
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
                  <td {...(review.baselineEntry.activity ? asWritten : {})}>{review.baselineEntry.activity || '—'}</td>
                  <td {...(review.baselineEntry.medicines ? asWritten : {})}>{review.baselineEntry.medicines || 'none'}</td>
                </tr>
              )}
              {tableRows(review).map(({ minutes, point }) =>
                point ? (
                  <tr key={minutes}>
                    <th scope="row">{duration(minutes)}</th>
                    <td>{point.nrs}</td>
                    <td>{percent(point.reliefPercent)}</td>
                    <td>{percent(point.reportedReliefPercent)}</td>
                    <td {...(point.activity ? asWritten : {})}>{point.activity ?? '—'}</td>
                    <td {...(point.medicines ? asWritten : {})}>{point.medicines ?? 'none'}</td>
                  </tr>
                ) : (
                  <tr key={minutes} className="missed-point">
                    <th scope="row">{duration(minutes)}</th>
                    <td colSpan={5}>missed: no answer</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <div className="review-grid">
        <BlockSummary block={review} formats={review.formats} showFlags={false} />
        {review.otherBlock ? (
          <BlockSummary block={review.otherBlock} formats={review.formats} />
        ) : (
          <section className="panel" aria-labelledby="other-block">
            <h2 id="other-block">Other block of the series</h2>
            <p>No diary for another block of this series yet.</p>
          </section>
        )}
      </div>

      <ReminderLog rows={reminderLog} blockTimeRecorded={Boolean(review.diary.blockTime)} formats={review.formats} />

      <section className="panel" aria-labelledby="consent-heading">
        <h2 id="consent-heading">Consent for this appointment</h2>
        {consentIsMissingForAGivenBlock(review, consent) ? (
          <p className="warning" role="alert">
            <strong>Warning:</strong> {consent} No signed consent is on record for a block that has already been given. Check the
            paper record before relying on this diary.
          </p>
        ) : (
          <p>{consent}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="decision-heading">
        <h2 id="decision-heading">Decision</h2>
        {locked && (
          <p role="status">
            Recorded: <strong>{decisionLabel(decision)}</strong>
            {review.reviewerName && ` by ${review.reviewerName}`}
            {review.diary.review?.reviewedAt && ` on ${formatDateTime(new Date(review.diary.review.reviewedAt), review.formats)}`}. The review is locked
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
