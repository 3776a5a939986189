'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'

import { REVIEW_DECISIONS } from '@/lib/clinical'

import { requireClinician } from '@/payload/clinical/clinician'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { actAs } from '@/payload/access'

export type DecisionResult = { ok: true; message: string } | { ok: false; message: string }

const decisionSchema = z.object({
  diaryId: z.coerce.number().int().positive(),
  decision: z.enum(REVIEW_DECISIONS, {
    error: 'Choose one of the four decisions.',
  }),
  note: z.string().trim().max(4000, 'Keep the note under 4,000 characters.').default(''),
  // The decision locks once saved: the form asks the specialist to confirm it first.
  confirmed: z.literal('yes', { error: 'Confirm the decision before it is saved: it locks once recorded.' }),
})

/** Records the specialist's decision; the Diaries hooks lock it afterwards (admins excepted) and tell the patient. */
export async function recordDecision(_previous: DecisionResult | null, form: FormData): Promise<DecisionResult> {
  const parsed = decisionSchema.safeParse({
    diaryId: form.get('diaryId'),
    decision: form.get('decision'),
    note: form.get('note') ?? '',
    confirmed: form.get('confirmed'),
  })
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message }
  const clinician = await requireClinician(`/clinic/diaries/${parsed.data.diaryId}`)
  if (!clinician) return { ok: false, message: 'Only specialists and admins can record a decision.' }
  const payload = await getPayloadClient()
  try {
    await payload.update({
      collection: 'diaries',
      id: parsed.data.diaryId,
      ...actAs(clinician),
      // Who decided and when are stamped by the Diaries hook.
      data: { review: { decision: parsed.data.decision, note: parsed.data.note } },
    })
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'The decision could not be saved.' }
  }
  revalidatePath(`/clinic/diaries/${parsed.data.diaryId}`)
  return { ok: true, message: 'Decision saved. The patient has been told that a result is ready.' }
}
