import { describe, expect, it } from 'vitest'

import { consentSnapshotText } from '@/lib/consent'
import { DEFAULT_QUESTIONNAIRE, questionnaireSchema } from '@/lib/diary'
import { medialBranchBlockConsent } from '@/payload/seed/consentDocuments'
import { facetJointDisease, faqs, home, medialBranchBlock, radiofrequencyAblation, siteSettings } from '@/payload/seed/content'
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
} from '@/payload/seed/content/es'
import { medialBranchBlockInstructions } from '@/payload/seed/content/instructions'
import type { PageTranslation, ProcedureSeed } from '@/payload/seed/content/types'

/**
 * The Spanish seed lines up with the English one (the CMS keeps one document per page with a text
 * per language: same sections, same FAQs, same instructions, same consent statements), links only
 * where the English links, and reads as Spanish.
 */

const PAGES: [string, ProcedureSeed | (Omit<ProcedureSeed, 'relatedConditionSlugs'> & object), PageTranslation][] = [
  ['medial branch block', medialBranchBlock, medialBranchBlockEs],
  ['radiofrequency ablation', radiofrequencyAblation, radiofrequencyAblationEs],
  ['facet joint disease', facetJointDisease, facetJointDiseaseEs],
]

const links = (markdown: string) => [...markdown.matchAll(/\]\((\/[^)]*)\)/g)].map((match) => match[1]).sort()

/** Words that only Spanish prose uses, at least one in any paragraph of it. */
const SPANISH_WORD = /\b(el|la|los|las|de|del|que|su|sus|para|con|una?|es|y|por|se|le|al)\b/i

describe('seed content in Spanish', () => {
  it.each(PAGES)('the %s page has the English sections, in order, of the same kinds, with the same links', (_, english, spanish) => {
    expect(spanish.sections.map((section) => section.kind)).toEqual(english.sections.map((section) => section.kind))
    english.sections.forEach((section, index) => {
      expect(links(spanish.sections[index].markdown), spanish.sections[index].heading).toEqual(links(section.markdown))
    })
    for (const text of [spanish.title, spanish.summary, spanish.metaDescription]) expect(text.trim().length).toBeGreaterThan(0)
    expect(spanish.summary.length).toBeLessThanOrEqual(400)
    expect(spanish.title.length).toBeLessThanOrEqual(120)
  })

  it('every FAQ has its Spanish question and answer, with the same links', () => {
    expect(faqsEs.map((faq) => faq.order).sort((a, b) => a - b)).toEqual(faqs.map((faq) => faq.order).sort((a, b) => a - b))
    for (const faq of faqsEs) {
      const english = faqs.find((item) => item.order === faq.order)!
      expect(faq.question).toMatch(/^¿.*\?$/)
      expect(faq.question.length).toBeLessThanOrEqual(200)
      expect(links(faq.answerMarkdown)).toEqual(links(english.answerMarkdown))
    }
  })

  it('every instruction has its Spanish title and details', () => {
    expect(medialBranchBlockInstructionsEs.map((item) => item.order)).toEqual(medialBranchBlockInstructions.map((item) => item.order))
    for (const item of medialBranchBlockInstructionsEs) {
      expect(item.title.length).toBeLessThanOrEqual(120)
      expect(item.details.length).toBeLessThanOrEqual(1000)
      expect(item.details).toMatch(SPANISH_WORD)
    }
  })

  it('the consent says the same in Spanish: as many benefits, risks of each kind, alternatives and statements', () => {
    const english = medialBranchBlockConsent
    const spanish = medialBranchBlockConsentEs
    expect(spanish.benefits).toHaveLength(english.benefits.length)
    expect(spanish.risks.common).toHaveLength(english.risks.common.length)
    expect(spanish.risks.lessCommon).toHaveLength(english.risks.lessCommon.length)
    expect(spanish.risks.rare).toHaveLength(english.risks.rare.length)
    expect(spanish.alternatives).toHaveLength(english.alternatives.length)
    expect(spanish.acknowledgements).toHaveLength(english.acknowledgements.length)
    expect(spanish.bodyMarkdown.split('\n\n')).toHaveLength(english.bodyMarkdown.split('\n\n').length)
    const text = consentSnapshotText(
      { title: spanish.title, version: 1, body: spanish.bodyMarkdown, benefits: spanish.benefits, risks: spanish.risks, alternatives: spanish.alternatives, acknowledgements: spanish.acknowledgements },
      'es',
    )
    expect(text).toContain('Versión 1')
    expect(text).toContain('Riesgos frecuentes')
    expect(text).toContain('Lo que usted confirma\n1. He leído')
  })

  it('the pain diary in Spanish names every time point and is a working questionnaire', () => {
    const keys = DEFAULT_QUESTIONNAIRE.timePoints.map((point) => point.key)
    expect(Object.keys(painDiaryEs.timePointLabels).sort()).toEqual([...keys].sort())
    const parsed = questionnaireSchema.safeParse({
      ...DEFAULT_QUESTIONNAIRE,
      title: painDiaryEs.title,
      introduction: painDiaryEs.introduction,
      wording: painDiaryEs.wording,
      timePoints: DEFAULT_QUESTIONNAIRE.timePoints.map((point) => ({ ...point, label: painDiaryEs.timePointLabels[point.key] })),
    })
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  })

  it('the home page, the navigation and the footer are in Spanish, with the same links and the US clinic details', () => {
    expect(links(homeEs.markdown)).toEqual(links(home.markdown))
    expect(siteSettingsEs.navigationLabels).toHaveLength(siteSettings.navigation.length)
    expect(siteSettingsEs.footerLinkLabels).toHaveLength(siteSettings.footerLinks.length)
    expect(siteSettingsEs.footerText).toContain(siteSettings.phone)
    expect(siteSettingsEs.footerText).toMatch(/llame al 911/)
    expect(homeEs.markdown).toContain(siteSettings.address)
  })

  it('reads as Spanish, with its own punctuation and accents, and gives the clinic’s US phone number', () => {
    const prose = [
      ...PAGES.flatMap(([, , spanish]) => spanish.sections.map((section) => section.markdown)),
      ...faqsEs.map((faq) => faq.answerMarkdown),
      medialBranchBlockConsentEs.bodyMarkdown,
      painDiaryEs.introduction,
    ]
    for (const text of prose) expect(text).toMatch(SPANISH_WORD)
    const all = prose.join('\n')
    for (const mark of ['¿', 'ñ', 'á', 'é', 'í', 'ó', 'ú']) expect(all).toContain(mark)
    expect(all).toContain('(617) 555-0142')
    expect(all).not.toMatch(/0161|999/)
  })
})
