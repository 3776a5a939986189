import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden } from 'next/navigation'

import { VERDICT_LABELS } from '@/components/clinic/labels'
import { agentLabel, blockLabel, decisionLabel } from '@/lib/clinical'
import { formatDateTime } from '@/lib/dates'
import { loadReviewQueue, type QueueFilter } from '@/payload/clinical/diaryReview'
import { auditClinicView, requireClinician } from '@/payload/clinical/clinician'
import { getClinicFormats } from '@/payload/queries/content'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { TableScroll } from '@/components/clinic/TableScroll'

export const metadata: Metadata = { title: 'Review queue' }

const FILTERS: { value: QueueFilter; label: string }[] = [
  { value: 'awaiting', label: 'Awaiting review' },
  { value: 'reviewed', label: 'Reviewed' },
  { value: 'all', label: 'All submitted' },
]

type Props = { searchParams: Promise<{ filter?: string }> }

export default async function ReviewQueuePage({ searchParams }: Props) {
  const clinician = await requireClinician('/clinic')
  if (!clinician) forbidden()
  const requested = (await searchParams).filter
  const filter = FILTERS.find((option) => option.value === requested)?.value ?? 'awaiting'
  const [rows, formats] = await Promise.all([loadReviewQueue(await getPayloadClient(), clinician, filter), getClinicFormats()])
  await auditClinicView(clinician, 'clinic-queue', rows.map((row) => row.diaryId))

  return (
    <>
      <div className="page-header">
        <h1>Review queue</h1>
        <p>Submitted pain diaries, oldest first. The verdicts are the engine’s suggestions, not decisions.</p>
      </div>
      <nav aria-label="Filter the queue" className="clinic-filters">
        <ul>
          {FILTERS.map((option) => (
            <li key={option.value}>
              <Link href={`/clinic?filter=${option.value}`} aria-current={option.value === filter ? 'page' : undefined}>
                {option.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>No diaries here.</p>
      ) : (
        <TableScroll label="Diaries in the review queue">
          <table className="data-table">
            <caption>{FILTERS.find((option) => option.value === filter)?.label}: {rows.length}</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Procedure date</th>
                <th scope="col">Block</th>
                <th scope="col">Agent</th>
                <th scope="col">Suggested verdict</th>
                <th scope="col">Flags</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.diaryId}>
                  <th scope="row">
                    <Link href={`/clinic/diaries/${row.diaryId}`}>{row.patientName}</Link>
                  </th>
                  <td>{formatDateTime(new Date(row.procedureDate), formats)}</td>
                  <td>{blockLabel(row.blockNumber)}</td>
                  <td>{agentLabel(row.agent)}</td>
                  <td>{row.suggestion ? `${VERDICT_LABELS[row.suggestion.verdict]} (${row.suggestion.profileName})` : '—'}</td>
                  <td>{row.flagCount === 0 ? 'none' : `${row.flagCount} to weigh`}</td>
                  <td>{decisionLabel(row.decision) ?? 'Awaiting review'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}
