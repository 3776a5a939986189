import type { Payload } from 'payload'

import {
  facetJointDiseaseEs,
  faqsEs,
  homeEs,
  medialBranchBlockConsentEs,
  medialBranchBlockEs,
  medialBranchBlockInstructionsEs,
  painDiaryEs,
  radiofrequencyAblationEs,
  siteSettingsEs,
} from './content/es'
import type { PageTranslation } from './content/types'
import { markdownToRichText, type InternalTargets } from './richText'

const context = { disableRevalidate: true }
const es = { locale: 'es' } as const

type Row = { id?: string | null }

/** Pairs each stored row with its translation by position; the translation must have as many. */
function byPosition<R extends Row, T>(rows: R[] | null | undefined, translations: T[], what: string): [R, T][] {
  const stored = rows ?? []
  if (stored.length !== translations.length) throw new Error(`The Spanish ${what} has ${translations.length} items; the English has ${stored.length}.`)
  return stored.map((row, index) => [row, translations[index]])
}

async function translateArticle(payload: Payload, collection: 'procedures' | 'conditions', id: number, page: PageTranslation, targets: InternalTargets) {
  const english = await payload.findByID({ collection, id, depth: 0 })
  const sections = await Promise.all(
    byPosition(english.sections, page.sections, `${collection} page "${english.slug}"`).map(async ([row, section]) => {
      if (row.kind !== section.kind) throw new Error(`Section "${section.heading}" is a ${section.kind} section; the English one there is ${row.kind}.`)
      return { id: row.id, kind: row.kind, heading: section.heading, body: await markdownToRichText(payload, section.markdown, targets) }
    }),
  )
  await payload.update({
    collection,
    id,
    ...es,
    data: { _status: 'published', title: page.title, summary: page.summary, sections, meta: { description: page.metaDescription } },
    context,
  })
}

async function translateFaqs(payload: Payload, targets: InternalTargets) {
  const { docs } = await payload.find({ collection: 'faqs', depth: 0, pagination: false })
  for (const faq of faqsEs) {
    const english = docs.find((doc) => doc.order === faq.order)
    if (!english) throw new Error(`No English FAQ has order ${faq.order}.`)
    await payload.update({
      collection: 'faqs',
      id: english.id,
      ...es,
      data: { _status: 'published', question: faq.question, answer: await markdownToRichText(payload, faq.answerMarkdown, targets) },
      context,
    })
  }
}

async function translateHome(payload: Payload, targets: InternalTargets) {
  const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: 'home' } }, limit: 1, depth: 0 })
  await payload.update({
    collection: 'pages',
    id: docs[0].id,
    ...es,
    data: {
      _status: 'published',
      title: homeEs.title,
      heroHeading: homeEs.heroHeading,
      heroText: homeEs.heroText,
      body: await markdownToRichText(payload, homeEs.markdown, targets),
      meta: { description: homeEs.metaDescription },
    },
    context,
  })
}

async function translateSiteSettings(payload: Payload) {
  const english = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  await payload.updateGlobal({
    slug: 'site-settings',
    ...es,
    data: {
      navigation: byPosition(english.navigation, siteSettingsEs.navigationLabels, 'navigation').map(([row, label]) => ({ ...row, label })),
      footerText: siteSettingsEs.footerText,
      footerLinks: byPosition(english.footerLinks, siteSettingsEs.footerLinkLabels, 'footer').map(([row, label]) => ({ ...row, label })),
    },
    context,
  })
}

async function translateInstructions(payload: Payload, procedureId: number) {
  const { docs } = await payload.find({ collection: 'instructions', where: { procedure: { equals: procedureId } }, depth: 0, pagination: false })
  for (const instruction of medialBranchBlockInstructionsEs) {
    const english = docs.find((doc) => doc.order === instruction.order)
    if (!english) throw new Error(`No English instruction has order ${instruction.order}.`)
    await payload.update({ collection: 'instructions', id: english.id, ...es, data: { _status: 'published', title: instruction.title, details: instruction.details }, context })
  }
}

const rows = (items: string[]) => items.map((text) => ({ text }))

/** The Spanish text of the published consent version: a translation of version 1, not a new version. */
async function translateConsent(payload: Payload, procedureId: number) {
  const { docs } = await payload.find({ collection: 'consent-documents', where: { procedure: { equals: procedureId } }, sort: '-version', limit: 1, depth: 0 })
  const consent = medialBranchBlockConsentEs
  await payload.update({
    collection: 'consent-documents',
    id: docs[0].id,
    ...es,
    data: {
      title: consent.title,
      body: await markdownToRichText(payload, consent.bodyMarkdown, new Map()),
      benefits: rows(consent.benefits),
      risks: { common: rows(consent.risks.common), lessCommon: rows(consent.risks.lessCommon), rare: rows(consent.risks.rare) },
      alternatives: rows(consent.alternatives),
      acknowledgements: rows(consent.acknowledgements),
    },
  })
}

async function translateDiary(payload: Payload, procedureId: number) {
  const { docs } = await payload.find({ collection: 'questionnaire-templates', where: { procedure: { equals: procedureId } }, limit: 1, depth: 0 })
  const template = docs[0]
  const timePoints = (template.timePoints ?? []).map((row) => {
    const label = painDiaryEs.timePointLabels[row.key]
    if (!label) throw new Error(`The Spanish diary has no label for the time point "${row.key}".`)
    return { ...row, label }
  })
  await payload.update({
    collection: 'questionnaire-templates',
    id: template.id,
    ...es,
    data: { _status: 'published', title: painDiaryEs.title, introduction: painDiaryEs.introduction, wording: painDiaryEs.wording, timePoints },
    context,
  })
}

/** Every text a patient reads, in Spanish, on the English seed's documents (same ids, same links). */
export async function seedSpanish(payload: Payload, targets: InternalTargets, procedureId: number): Promise<void> {
  const id = (path: string) => Number(targets.get(path)!.value)
  await translateArticle(payload, 'procedures', id('/procedures/medial-branch-block'), medialBranchBlockEs, targets)
  await translateArticle(payload, 'procedures', id('/procedures/radiofrequency-ablation'), radiofrequencyAblationEs, targets)
  await translateArticle(payload, 'conditions', id('/conditions/facet-joint-disease'), facetJointDiseaseEs, targets)
  await translateFaqs(payload, targets)
  await translateHome(payload, targets)
  await translateSiteSettings(payload)
  await translateInstructions(payload, procedureId)
  await translateConsent(payload, procedureId)
  await translateDiary(payload, procedureId)
}
