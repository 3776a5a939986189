import type { ReviewedBlock } from '../../payload/clinical/diaryReview'
import { formatDateTime } from '../../lib/dates'
import { agentLabel, blockLabel } from '../../lib/clinical'
import { hours, percent, VERDICT_LABELS } from './labels'

/** Computed metrics and each profile's verdict with its reasons, for one block. */
export function BlockSummary({ block, headingLevel = 2 }: { block: ReviewedBlock; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3'
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4'
  const [first] = block.analyses
  const medicated = (first?.block.points ?? []).filter((point) => point.medicines)
  return (
    <section className="panel" aria-labelledby={`block-${block.diary.id}`}>
      <Heading id={`block-${block.diary.id}`}>
        {blockLabel(block.appointment.blockNumber)}, {agentLabel(block.appointment.agent)}
      </Heading>
      <p>{formatDateTime(new Date(block.appointment.scheduledAt))}</p>
      {first && (
        <dl>
          <dt>Baseline pain</dt>
          <dd>{first.block.baselineNrs ?? 'not recorded'} / 10</dd>
          <dt>Peak relief</dt>
          <dd>
            {percent(first.block.peakReliefPercent)}
            {first.block.peakReliefMinutes != null && ` at ${first.block.peakReliefMinutes} min`}
          </dd>
          <dt>Pain medicines after the block</dt>
          <dd>
            {medicated.length === 0
              ? 'none reported'
              : `reported at ${medicated.map((point) => `${point.minutesAfterBlock} min`).join(', ')}: relief from then on may not be the block’s alone`}
          </dd>
        </dl>
      )}
      {block.analyses.map(({ profile, block: analysis }) => (
        <div key={profile.id}>
          <SubHeading>{profile.name}</SubHeading>
          <p>
            <span className="verdict">{VERDICT_LABELS[analysis.verdict]}</span> (suggested). Relief at or above{' '}
            {profile.reliefThresholdPercent}% for {hours(analysis.durationAtThresholdHours)}; expected at least{' '}
            {analysis.expectedMinimumHours} h for this agent: {analysis.durationFitsAgent ? 'fits' : 'does not fit'}.
          </p>
          <ul>
            {analysis.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
