import type { Payload, PayloadRequest, Where } from 'payload'

import type { QuestionnaireTemplate } from '@/payload-types'
import { DEFAULT_QUESTIONNAIRE, fromTemplateRow, questionnaireSchema, type Questionnaire, type TemplateTimePointRow } from '@/lib/diary'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { asSystem } from '@/payload/access'

export function templateToQuestionnaire(template: QuestionnaireTemplate): Questionnaire | null {
  const result = questionnaireSchema.safeParse({
    title: template.title,
    introduction: template.introduction ?? '',
    wording: template.wording,
    timePoints: ((template.timePoints ?? []) as TemplateTimePointRow[]).map(fromTemplateRow),
  })
  return result.success ? result.data : null
}

async function newestPublished(payload: Payload, where: Where, req: PayloadRequest | undefined, locale: Locale): Promise<QuestionnaireTemplate | null> {
  const { docs } = await payload.find({
    collection: 'questionnaire-templates',
    where: { and: [{ _status: { equals: 'published' } }, where] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    ...asSystem,
    req,
  })
  return docs[0] ?? null
}

/**
 * The questionnaire a new diary for this procedure copies: the newest published template of the
 * procedure, else the newest published one for any procedure, else the built-in default. The wording
 * is in `locale` (a question not yet translated reads in English).
 */
export async function findQuestionnaireFor(
  payload: Payload,
  procedureId: number | null,
  req?: PayloadRequest,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ templateId: number | null; questionnaire: Questionnaire }> {
  const template =
    (procedureId ? await newestPublished(payload, { procedure: { equals: procedureId } }, req, locale) : null) ??
    (await newestPublished(payload, { procedure: { exists: false } }, req, locale))
  const questionnaire = template ? templateToQuestionnaire(template) : null
  if (!template || !questionnaire) return { templateId: null, questionnaire: DEFAULT_QUESTIONNAIRE }
  return { templateId: template.id, questionnaire }
}
