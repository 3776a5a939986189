/**
 * The canonical text of a consent document version: exactly what the patient is shown and what
 * the signature's SHA-256 covers. See README.md beside this file.
 */

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

function risksSection(risks: ConsentRisks): string | null {
  const groups = [
    section('Common risks', bulletList(cleanList(risks.common))),
    section('Less common risks', bulletList(cleanList(risks.lessCommon))),
    section('Rare risks', bulletList(cleanList(risks.rare))),
  ].filter((group): group is string => group !== null)
  return section('Risks', groups.join('\n\n'))
}

function assertVersion(version: number): void {
  if (!Number.isInteger(version) || version < 1) throw new RangeError('The document version must be a whole number from 1.')
}

/**
 * The exact text shown to the patient. Sections in a fixed order (title and version, body,
 * benefits, risks by frequency, alternatives, acknowledgements); list items keep the editor's order;
 * empty sections are left out. LF line endings and exactly one trailing newline.
 */
export function consentSnapshotText(doc: ConsentDocumentContent): string {
  assertVersion(doc.version)
  const parts = [
    `${normaliseLine(doc.title)}\nVersion ${doc.version}`,
    normaliseBlock(doc.body) || null,
    section('Benefits', bulletList(cleanList(doc.benefits))),
    risksSection(doc.risks),
    section('Alternatives', bulletList(cleanList(doc.alternatives))),
    section('What you are confirming', numberedList(cleanList(doc.acknowledgements))),
  ].filter((part): part is string => part !== null)
  return `${parts.join('\n\n')}\n`
}
