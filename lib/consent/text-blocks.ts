/**
 * The signed text (`consentSnapshotText`) split into blocks and lines for display, without losing
 * a character: every line keeps its raw text, so what the portal shows is exactly what is hashed.
 * Pure: used by the portal pages and the signing service.
 */

import { CONSENT_TEXT_HEADINGS } from './snapshot'

export const ACKNOWLEDGEMENTS_HEADING = CONSENT_TEXT_HEADINGS.en.acknowledgements

const HEADINGS = Object.values(CONSENT_TEXT_HEADINGS)
const SECTION_HEADINGS = new Set(HEADINGS.flatMap((words) => [words.benefits, words.risks, words.alternatives, words.acknowledgements]))
const SUBSECTION_HEADINGS = new Set(HEADINGS.flatMap((words) => [words.commonRisks, words.lessCommonRisks, words.rareRisks]))
const ACKNOWLEDGEMENTS_HEADINGS = new Set(HEADINGS.map((words) => words.acknowledgements))

export type TextLine =
  | { kind: 'heading' | 'subheading' | 'text'; raw: string; text: string }
  | { kind: 'bullet'; raw: string; text: string }
  | { kind: 'numbered'; raw: string; text: string; number: number }

/** A run of lines between blank lines. */
export type TextBlock = TextLine[]

function lineOf(raw: string): TextLine {
  if (SECTION_HEADINGS.has(raw)) return { kind: 'heading', raw, text: raw }
  if (SUBSECTION_HEADINGS.has(raw)) return { kind: 'subheading', raw, text: raw }
  if (raw.startsWith('- ')) return { kind: 'bullet', raw, text: raw.slice(2) }
  const numbered = /^(\d+)\. (.*)$/.exec(raw)
  if (numbered) return { kind: 'numbered', raw, text: numbered[2], number: Number(numbered[1]) }
  return { kind: 'text', raw, text: raw }
}

export function textBlocks(text: string): TextBlock[] {
  return text
    .replace(/\n$/, '')
    .split('\n\n')
    .map((block) => block.split('\n').map(lineOf))
}

/** The inverse of `textBlocks`: gives back the exact text. */
export function joinTextBlocks(blocks: TextBlock[]): string {
  return `${blocks.map((block) => block.map((line) => line.raw).join('\n')).join('\n\n')}\n`
}

export type ConsentTextParts = {
  /** First block: the title and "Version N". */
  title: string
  versionLine: string
  /** Everything the patient reads before the statements. */
  reading: TextBlock[]
  /** The statements to tick, in order, exactly as in the text. */
  acknowledgements: string[]
}

/** The text in the parts the signing page shows: title, what to read, and the statements to tick. */
export function consentTextParts(text: string): ConsentTextParts {
  const [first = [], ...rest] = textBlocks(text)
  const last = rest.at(-1)
  const hasStatements = ACKNOWLEDGEMENTS_HEADINGS.has(last?.[0]?.raw ?? '')
  return {
    title: first[0]?.raw ?? '',
    versionLine: first[1]?.raw ?? '',
    reading: hasStatements ? rest.slice(0, -1) : rest,
    acknowledgements: hasStatements && last ? last.slice(1).map((line) => line.text) : [],
  }
}
