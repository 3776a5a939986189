/**
 * The canonical text of a consent document version: exactly what the patient is shown and what
 * the signature's SHA-256 covers. See README.md beside this file.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/config'

/** The words the text itself adds around the editor's content, in each language it is signed in. */
export interface ConsentTextHeadings {
  version: string
  benefits: string
  risks: string
  commonRisks: string
  lessCommonRisks: string
  rareRisks: string
  alternatives: string
  acknowledgements: string
}

export const CONSENT_TEXT_HEADINGS: Record<Locale, ConsentTextHeadings> = {
  en: {
    version: 'Version',
    benefits: 'Benefits',
    risks: 'Risks',
    commonRisks: 'Common risks',
    lessCommonRisks: 'Less common risks',
    rareRisks: 'Rare risks',
    alternatives: 'Alternatives',
    acknowledgements: 'What you are confirming',
  },
  es: {
    version: 'Versión',
    benefits: 'Beneficios',
    risks: 'Riesgos',
    commonRisks: 'Riesgos frecuentes',
    lessCommonRisks: 'Riesgos menos frecuentes',
    rareRisks: 'Riesgos raros',
    alternatives: 'Alternativas',
    acknowledgements: 'Lo que usted confirma',
  },
}

export interface ConsentRisks {
  common: readonly string[]
  lessCommon: readonly string[]
  rare: readonly string[]
}

export interface ConsentDocumentContent {
  title: string
  version: number
  /** Plain text of the rich-text body, paragraphs separated by blank lines. */
  body: string
  risks: ConsentRisks
  benefits: readonly string[]
  alternatives: readonly string[]
  acknowledgements: readonly string[]
}

/** NFC, LF line endings, no trailing spaces on any line, no runs of blank lines, trimmed. */
function normaliseBlock(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** One line: inner line breaks and runs of spaces become single spaces. */
function normaliseLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

function cleanList(items: readonly string[]): string[] {
  return items.map(normaliseLine).filter((item) => item.length > 0)
}

function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n')
}

function numberedList(items: readonly string[]): string {
  return items.map((item, index) => `${index + 1}. ${item}`).join('\n')
}

function section(heading: string, content: string): string | null {
  return content ? `${heading}\n${content}` : null
}

function risksSection(risks: ConsentRisks, words: ConsentTextHeadings): string | null {
  const groups = [
    section(words.commonRisks, bulletList(cleanList(risks.common))),
    section(words.lessCommonRisks, bulletList(cleanList(risks.lessCommon))),
    section(words.rareRisks, bulletList(cleanList(risks.rare))),
  ].filter((group): group is string => group !== null)
  return section(words.risks, groups.join('\n\n'))
}

function assertVersion(version: number): void {
  if (!Number.isInteger(version) || version < 1) throw new RangeError('The document version must be a whole number from 1.')
}

/**
 * The exact text shown to the patient. Sections in a fixed order (title and version, body,
 * benefits, risks by frequency, alternatives, acknowledgements); list items keep the editor's order;
 * empty sections are left out. LF line endings and exactly one trailing newline. The headings are
 * in `locale`, the language of the document's text.
 */
export function consentSnapshotText(doc: ConsentDocumentContent, locale: Locale = DEFAULT_LOCALE): string {
  assertVersion(doc.version)
  const words = CONSENT_TEXT_HEADINGS[locale]
  const parts = [
    `${normaliseLine(doc.title)}\n${words.version} ${doc.version}`,
    normaliseBlock(doc.body) || null,
    section(words.benefits, bulletList(cleanList(doc.benefits))),
    risksSection(doc.risks, words),
    section(words.alternatives, bulletList(cleanList(doc.alternatives))),
    section(words.acknowledgements, numberedList(cleanList(doc.acknowledgements))),
  ].filter((part): part is string => part !== null)
  return `${parts.join('\n\n')}\n`
}
