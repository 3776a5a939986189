'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { APIError, ValidationError } from 'payload'
import { z } from 'zod'

import { answersFromForm, checkAnswers, type AnswerProblems } from '@/components/portal/followUp/answers'
import { checkAnswerable } from '@/lib/outcomes'
import { translatorFor } from '@/lib/i18n/translate'
import { portalPaths } from '@/lib/paths'
import { portalLocale } from '@/payload/i18n/locale'
import { actAs } from '@/payload/access'
import { myFollowUpView } from '@/payload/queries/followUps'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { getSignedInPatient } from '@/payload/queries/portal'

export type AnswerResult = ({ ok: false } & Partial<AnswerProblems> & { message: string }) | null

const targetSchema = z.object({
  followUpId: z.coerce.number().int().positive(),
  pointKey: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  instrumentId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
})

/**
 * Stores the patient's answers to one follow-up questionnaire: checked here with the same schema
 * the form uses (messages beside each question), then created as the patient, so the collection's
 * own checks (their follow-up, the point open, not answered yet) decide. Then back to their scores.
 */
export async function answerFollowUp(_previous: AnswerResult, form: FormData): Promise<AnswerResult> {
  const patient = await getSignedInPatient()
  const t = translatorFor(await portalLocale())
  if (!patient) return { ok: false, message: t('followUp.signedOut') }
  const target = targetSchema.safeParse({ followUpId: form.get('followUpId'), pointKey: form.get('pointKey'), instrumentId: form.get('instrumentId') })
  if (!target.success) return { ok: false, message: t('followUp.notFound') }
  const { followUpId, pointKey, instrumentId } = target.data
  const view = await myFollowUpView(patient, followUpId)
  if (!view) return { ok: false, message: t('followUp.notFound') }
  const open = checkAnswerable(view.questionnaires, pointKey, instrumentId, view.ablationAt !== null)
  if (!open.ok) return { ok: false, message: open.message }
  const checked = checkAnswers(open.questionnaire.instrument, answersFromForm(open.questionnaire.instrument, (name) => form.get(name)))
  if (!checked.ok) return { ...checked, message: t('followUp.checkMarked', { count: checked.problems.length }) }
  const payload = await getPayloadClient()
  try {
    await payload.create({
      collection: 'follow-up-responses',
      ...actAs(patient),
      data: { followUp: followUpId, pointKey, instrumentKey: instrumentId, answers: checked.answers } as never,
    })
  } catch (error) {
    if (error instanceof ValidationError || error instanceof APIError) return { ok: false, message: error.message }
    throw error
  }
  revalidatePath(portalPaths.followUp(followUpId))
  redirect(`${portalPaths.followUp(followUpId)}?answered=${encodeURIComponent(`${pointKey}/${instrumentId}`)}`)
}
