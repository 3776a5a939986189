import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'

import { pathwayEvents, reliefSummary, type PathwayEvent } from '@/components/clinic/pathway'
import { formatCalendarDate, formatDateTime } from '@/lib/dates'
import { auditClinicView, requireClinician } from '@/payload/clinical/clinician'
import { loadPathway } from '@/payload/clinical/pathway'
import { getClinicFormats } from '@/payload/queries/content'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'

export const metadata: Metadata = { title: 'Patient pathway' }

type Props = { params: Promise<{ id: string }> }

const KIND_LABELS: Record<PathwayEvent['kind'], string> = {
  block: 'Block',
  decision: 'Decision',
  ablation: 'Ablation',
  score: 'Follow-up',
  relief: 'Duration of benefit',
}

/**
 * The patient's whole pathway on one time line: blocks with their suggested verdicts, the decisions,
 * the ablation, the follow-up scores against the baseline at the clinic's threshold, and when relief
 * ended if it did. Specialists and admins only; every view is audited.
 */
export default async function PatientPathwayPage({ params }: Props) {
  const { id } = await params
  const clinician = await requireClinician(`/clinic/patients/${id}`)
  if (!clinician) forbidden()
  const patientId = Number(id)
  const pathway = Number.isInteger(patientId) && patientId > 0 ? await loadPathway(await getPayloadClient(), clinician, patientId) : null
  if (!pathway) notFound()
  await auditClinicView(clinician, 'clinic-pathway', [pathway.patient.id])
  const formats = await getClinicFormats()
  const events = pathwayEvents(pathway.blocks, pathway.followUps)
  const summaries = pathway.followUps.flatMap((followUp) => {
    const summary = reliefSummary(followUp)
    return summary ? [summary] : []
  })

  return (
    <>
      <div className="page-header">
        <h1>{pathway.patient.fullName}: pathway</h1>
        <p>
          Born {formatCalendarDate(new Date(pathway.patient.dateOfBirth), formats.region)}. Verdicts are the engine’s suggestions. A follow-up counts as a meaningful
          improvement at {pathway.thresholdPercent}% or more better than before the ablation (clinic setting; PGIC: much or very much improved).
        </p>
        {summaries.map((summary) => (
          <p key={summary}>
            <strong>{summary}</strong>
          </p>
        ))}
      </div>
      <section className="panel" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Time line</h2>
        {events.length === 0 ? (
          <p>Nothing recorded yet: no submitted diary and no follow-up.</p>
        ) : (
          <ol className="pathway">
            {events.map((event) => (
              <li key={event.key} className={`pathway__event pathway__event--${event.kind}`}>
                <p className="pathway__when">
                  <span className="pathway__kind">{KIND_LABELS[event.kind]}</span> · <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, formats)}</time>
                </p>
                <h3 className="pathway__title">
                  {event.diaryId && event.kind === 'block' ? <Link href={`/clinic/diaries/${event.diaryId}`}>{event.title}</Link> : event.title}
                </h3>
                {event.details.length > 0 && (
                  <ul>
                    {event.details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  )
}
