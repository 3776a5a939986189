import { cohortRows, parsePeriod, toCsv } from '@/lib/outcomes'
import { checkClinician } from '@/payload/access'
import { recordAudit, requestContextOf } from '@/payload/audit'
import type { Clinician } from '@/payload/clinical/clinician'
import { cohortFhirBundle, loadCohort } from '@/payload/outcomes/cohort'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

/**
 * GET /clinic/outcomes/export?format=csv|fhir&from=YYYY-MM-DD&to=YYYY-MM-DD — the outcomes page's
 * figures as CSV, or the period's answer sets and scores as a FHIR R4 Bundle. Specialists and admins
 * only; every export is audited with the answer sets it contains.
 */
export async function GET(request: Request) {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  const check = checkClinician(user, 'export clinic outcomes')
  if (!check.ok) return new Response(check.message, { status: check.status, headers: NO_STORE })
  const url = new URL(request.url)
  const format = url.searchParams.get('format')
  if (format !== 'csv' && format !== 'fhir') return new Response('Choose format=csv or format=fhir.', { status: 400, headers: NO_STORE })
  const period = parsePeriod({ from: url.searchParams.get('from'), to: url.searchParams.get('to') }, new Date())
  if (!period.ok) return new Response(period.message, { status: 400, headers: NO_STORE })
  const data = await loadCohort(payload, check.clinician as unknown as Clinician, period)
  await recordAudit(payload, {
    action: 'export',
    actorCollection: 'users',
    actorId: check.clinician.id,
    resource: `outcomes.${format}`,
    resourceIds: data.responses.map(({ response }) => response.id),
    detail: `period ${period.fromText} to ${period.toText}`,
    ...requestContextOf(request.headers),
  })
  const name = `outcomes-${period.fromText}-to-${period.toText}`
  if (format === 'csv') {
    return new Response(toCsv(cohortRows(data.summary)), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, ...NO_STORE },
    })
  }
  return new Response(JSON.stringify(cohortFhirBundle(data)), {
    headers: { 'Content-Type': 'application/fhir+json; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.json"`, ...NO_STORE },
  })
}
