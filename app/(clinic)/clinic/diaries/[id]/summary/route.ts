import { checkClinician } from '@/payload/access'
import { recordAudit, requestContextOf } from '@/payload/audit'
import { loadDiaryReview } from '@/payload/clinical/diaryReview'
import { reviewSummaryPdf } from '@/payload/clinical/reviewSummaryPdf'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'

type Context = { params: Promise<{ id: string }> }

/** GET /clinic/diaries/:id/summary — the printable review summary, for specialists and admins only. */
export async function GET(request: Request, { params }: Context) {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  const check = checkClinician(user, 'download review summaries')
  if (!check.ok) return new Response(check.message, { status: check.status })
  const clinician = check.clinician
  const id = Number((await params).id)
  const review = Number.isInteger(id) && id > 0 ? await loadDiaryReview(payload, clinician as never, id) : null
  if (!review) return new Response('No such diary.', { status: 404 })
  const pdf = await reviewSummaryPdf(review)
  await recordAudit(payload, { action: 'export', actorCollection: 'users', actorId: clinician.id, resource: 'diaries.summary-pdf', resourceIds: [id], ...requestContextOf(request.headers) })
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="diary-review-${id}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
