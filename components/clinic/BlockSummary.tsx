import type { ReviewedBlock } from '@/payload/clinical/diaryReview'
import { formatDateTime, type ClinicFormats } from '@/lib/dates'
import { agentLabel, blockLabel } from '@/lib/clinical'
import { duration, durationSummary, percent, profileSource, VERDICT_LABELS } from './labels'
import { FlagList } from './FlagList'

/** Computed metrics, flags and each profile's verdict (with its source) and reasons, for one block. */
export function BlockSummary({
  block,
  formats,
  headingLevel = 2,
  showFlags = true,
}: {
  block: ReviewedBlock
  formats: ClinicFormats
  headingLevel?: 2 | 3
  showFlags?: boolean
}) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3'
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4'
  const [first] = block.analyses
  return (
    <section className="panel" aria-labelledby={`block-${block.diary.id}`}>
      <Heading id={`block-${block.diary.id}`}>
        {blockLabel(block.appointment.blockNumber)}, {agentLabel(block.appointment.agent)}
      </Heading>
      <p>{formatDateTime(new Date(block.appointment.scheduledAt), formats)}</p>
      {first && (
        <dl>
          <dt>Baseline pain</dt>
          <dd>{first.block.baselineNrs ?? 'not recorded'} / 10</dd>
          <dt>Peak relief</dt>
          <dd>
            {percent(first.block.peakReliefPercent)}
            {first.block.peakReliefMinutes != null && ` at ${duration(first.block.peakReliefMinutes)}`}
          </dd>
        </dl>
      )}
      {showFlags && <FlagList flags={block.flags} headingLevel={(headingLevel + 1) as 3 | 4} id={`flags-${block.diary.id}`} />}
      {block.analyses.map(({ profile, block: analysis }) => (
        <div key={profile.id}>
          <SubHeading>{profile.name}</SubHeading>
          <p>
            <span className="verdict">{VERDICT_LABELS[analysis.verdict]}</span> (suggested) <span className="profile-source">({profileSource(profile)})</span>.{' '}
            {analysis.windowText ? `${analysis.windowText.charAt(0).toUpperCase()}${analysis.windowText.slice(1)}. ` : ''}
            {durationSummary(analysis)}
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
