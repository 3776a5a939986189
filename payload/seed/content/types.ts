/**
 * Shapes of the seed content for the public site. Pure data types: no framework imports,
 * so the seed script, tests and any importer can use them.
 *
 * `markdown` fields use a small subset: paragraphs separated by a blank line, `- ` bullet lists,
 * `1. ` numbered lists, `### ` sub-headings, `**bold**` and internal links written
 * `[text](/path)`.
 */
import type { SECTION_KINDS } from '@/collections/shared/sections'

/** The section kinds the CMS offers (collections/shared/sections.ts), one list for both. */
export type SectionKind = (typeof SECTION_KINDS)[number]['value']

export type SectionSeed = { kind: SectionKind; heading: string; markdown: string }

export type ProcedureSeed = {
  slug: string
  title: string
  summary: string
  metaDescription: string
  sections: SectionSeed[]
  relatedConditionSlugs: string[]
}

export type ConditionSeed = {
  slug: string
  title: string
  summary: string
  metaDescription: string
  sections: SectionSeed[]
  relatedProcedureSlugs: string[]
}

export type FaqSeed = { question: string; answerMarkdown: string; procedureSlugs: string[]; order: number }

export type HomeSeed = { title: string; heroHeading: string; heroText: string; markdown: string; metaDescription: string }

export type SiteSettingsSeed = {
  clinicName: string
  phone: string
  email: string
  address: string
  /** IANA time zone and date wording of the clinic (payload/globals/clinicFormats.ts). */
  timeZone: string
  dateFormatRegion: 'US' | 'GB'
  navigation: { label: string; href: string }[]
  footerText: string
  footerLinks: { label: string; href: string }[]
}

/**
 * A page's text in another language. The sections are the English page's sections, in the same
 * order and of the same kinds (the CMS shares order and kind between languages; headings and bodies
 * are per language): tests/unit/seed-content.test.ts checks that they line up.
 */
export type PageTranslation = { title: string; summary: string; metaDescription: string; sections: SectionSeed[] }

/** An FAQ in another language, matched to the English one by `order`. */
export type FaqTranslation = { order: number; question: string; answerMarkdown: string }

/** An instruction in another language, matched to the English one by `order`. */
export type InstructionTranslation = { order: number; title: string; details: string }

/** Navigation and footer labels in another language, in the order of the English links. */
export type SiteSettingsTranslation = { navigationLabels: string[]; footerText: string; footerLinkLabels: string[] }
