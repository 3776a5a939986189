import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'

import { SurvivalCurve } from '@/components/clinic/SurvivalCurve'
import { formatScore, parsePeriod, type PointOutcome } from '@/lib/outcomes'
import { auditClinicView, requireClinician } from '@/payload/clinical/clinician'
import { loadCriteriaProfiles } from '@/payload/globals/BlockAnalysisSettings'
import { loadCohort } from '@/payload/outcomes/cohort'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { TableScroll } from '@/components/clinic/TableScroll'

export const metadata: Metadata = { title: 'Outcomes' }

type Props = { searchParams: Promise<{ from?: string; to?: string }> }

const share = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`)
const number = (value: number | null, unit = '') => (value === null ? '—' : `${value > 0 ? '+' : ''}${formatScore(value)}${unit}`)

/**
 * The clinic's outcomes for a period: blocks given and the share positive under each criteria
 * profile, how many of those patients went on to ablation, the ablations' follow-up results at each
 * plan point, and the duration of benefit. Specialists and admins only; views and exports audited.
 */
export default async function OutcomesPage({ searchParams }: Props) {
  const clinician = await requireClinician('/clinic/outcomes')
  if (!clinician) forbidden()
  const query = await searchParams
  const requested = parsePeriod(query, new Date())
  const period = requested.ok ? requested : (parsePeriod({}, new Date()) as Extract<typeof requested, { ok: true }>)
  const payload = await getPayloadClient()
  const [data, profiles] = await Promise.all([loadCohort(payload, clinician, period), loadCriteriaProfiles(payload)])
  await auditClinicView(clinician, 'clinic-outcomes', data.responses.map(({ response }) => response.id))
  const { summary } = data
  const profileName = (id: string) => profiles.find((profile) => profile.id === id)?.name ?? id
  const instrumentName = (id: string) => data.input.instruments.find((instrument) => instrument.id === id)?.shortName ?? id
  const exportQuery = `from=${period.fromText}&to=${period.toText}`
  const judgedOnChange = (outcome: PointOutcome) => data.input.instruments.find((instrument) => instrument.id === outcome.instrumentId)?.improvement.rule === 'change-from-baseline'

  return (
    <>
      <div className="page-header">
        <h1>Outcomes</h1>
        <p>
          Blocks and ablations from {period.fromText} to {period.toText} (inclusive). A follow-up is a meaningful improvement at{' '}
          {data.thresholdPercent}% or more better than before the ablation (clinic setting; PGIC: much or very much improved).
        </p>
      </div>
      <form method="get" className="panel" aria-labelledby="period-heading">
        <h2 id="period-heading">Period</h2>
        {!requested.ok && (
          <p role="alert" className="field__error">
            {requested.message} Showing the last 12 months instead.
          </p>
        )}
        <p>
          <label htmlFor="from">From</label> <input id="from" name="from" type="date" defaultValue={period.fromText} required />{' '}
          <label htmlFor="to">To</label> <input id="to" name="to" type="date" defaultValue={period.toText} required />{' '}
          <button type="submit">Show</button>
        </p>
        <p>
          Export this period: <a href={`/clinic/outcomes/export?format=csv&${exportQuery}`}>figures as CSV</a>,{' '}
          <a href={`/clinic/outcomes/export?format=fhir&${exportQuery}`}>answers and scores as FHIR R4 (JSON)</a>. Every export is recorded.
        </p>
      </form>

      <section className="panel" aria-labelledby="blocks-heading">
        <h2 id="blocks-heading">Blocks</h2>
        <p>
          {summary.blocksGiven} blocks with a submitted diary for {summary.patientsBlocked} patients. {summary.patientsWentOnToAblation} of these
          patients went on to radiofrequency ablation; {summary.ablationsInPeriod} ablations were done in the period.
        </p>
        <TableScroll label="Suggested verdicts per criteria profile">
          <table className="data-table">
            <caption>Suggested verdicts per criteria profile</caption>
            <thead>
              <tr>
                <th scope="col">Criteria profile</th>
                <th scope="col">Judged</th>
                <th scope="col">Positive</th>
                <th scope="col">Negative</th>
                <th scope="col">Indeterminate</th>
                <th scope="col">Share positive</th>
              </tr>
            </thead>
            <tbody>
              {summary.profiles.map((profile) => (
                <tr key={profile.profileId}>
                  <th scope="row">{profileName(profile.profileId)}</th>
                  <td>{profile.judged}</td>
                  <td>{profile.positive}</td>
                  <td>{profile.negative}</td>
                  <td>{profile.indeterminate}</td>
                  <td>{share(profile.sharePositive)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section className="panel" aria-labelledby="followup-heading">
        <h2 id="followup-heading">After ablation</h2>
        <TableScroll label="Follow-up after ablation">
          <table className="data-table">
            <caption>Follow-up of the {summary.ablationsInPeriod} ablations done in the period</caption>
            <thead>
              <tr>
                <th scope="col">Follow-up</th>
                <th scope="col">Questionnaire</th>
                <th scope="col">Answered</th>
                <th scope="col">Improved</th>
                <th scope="col">Not improved</th>
                <th scope="col">Cannot be judged</th>
                <th scope="col">Share improved</th>
                <th scope="col">Median change</th>
              </tr>
            </thead>
            <tbody>
              {summary.outcomes.map((outcome) => (
                <tr key={`${outcome.pointKey}-${outcome.instrumentId}`}>
                  <th scope="row">{outcome.label}</th>
                  <td>{instrumentName(outcome.instrumentId)}</td>
                  <td>{outcome.answered}</td>
                  <td>{outcome.improved}</td>
                  <td>{outcome.notImproved}</td>
                  <td>{outcome.indeterminate}</td>
                  <td>{share(outcome.shareImproved)}</td>
                  <td>{judgedOnChange(outcome) ? `${number(outcome.medianChange)} (${number(outcome.medianChangePercent, '%')})` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section className="panel" aria-labelledby="duration-heading">
        <h2 id="duration-heading">Duration of benefit</h2>
        {summary.durationOfBenefit ? (
          <>
            <p>
              Median duration:{' '}
              {summary.durationOfBenefit.medianDays === null
                ? 'not reached (more than half still improved)'
                : `${Math.round(summary.durationOfBenefit.medianDays)} days`}
              .
            </p>
            <SurvivalCurve curve={summary.durationOfBenefit} id="benefit-curve" />
          </>
        ) : (
          <p>No PEG follow-ups in this period.</p>
        )}
      </section>
    </>
  )
}
