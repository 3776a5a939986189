import { convertLexicalToPlaintext, type PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'

import { consentSnapshotText, sha256Hex, type ConsentDocumentContent } from '@/lib/consent'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import type { ConsentDocument } from '@/payload-types'

type LexicalNode = { type?: string; listType?: string; children?: LexicalNode[] }
type Rows = { text?: string | null }[] | null | undefined

/** Blocks (paragraphs, headings, quotes, lists) are separated by a blank line; list items keep a marker. */
function separated(childIndex: number, text: string): string {
  return childIndex > 0 ? `\n\n${text}` : text
}

const block: PlaintextConverters[string] = ({ childIndex, node, nodesToPlaintext }) =>
  separated(childIndex, nodesToPlaintext({ nodes: (node as LexicalNode).children as never[] }).join(''))

const list: PlaintextConverters[string] = ({ childIndex, node, nodesToPlaintext }) => {
  const { listType, children = [] } = node as LexicalNode
  const items = children.map((item, index) => {
    const marker = listType === 'number' ? `${index + 1}.` : '-'
    return `${marker} ${nodesToPlaintext({ nodes: (item.children ?? []) as never[] }).join('')}`
  })
  return separated(childIndex, items.join('\n'))
}

const CONVERTERS: PlaintextConverters = { paragraph: block, heading: block, quote: block, list }

/** Plain text of a Lexical rich-text value: the consent body as it is shown, hashed and printed. */
export function richTextToPlainText(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  return convertLexicalToPlaintext({ converters: CONVERTERS, data: value as never })
}

function texts(rows: Rows): string[] {
  return (rows ?? []).map((row) => row.text ?? '')
}

/** The parts of a consent document version that the patient reads and signs. */
export function consentContentOf(doc: ConsentDocument): ConsentDocumentContent {
  return {
    title: doc.title,
    version: doc.version ?? 0,
    body: richTextToPlainText(doc.body),
    benefits: texts(doc.benefits),
    risks: { common: texts(doc.risks?.common), lessCommon: texts(doc.risks?.lessCommon), rare: texts(doc.risks?.rare) },
    alternatives: texts(doc.alternatives),
    acknowledgements: texts(doc.acknowledgements).filter((text) => text.trim().length > 0),
  }
}

export type ConsentSnapshot = {
  /** The exact text shown and signed (see lib/consent README). */
  text: string
  sha256: string
  acknowledgementCount: number
}

/** `doc` as read in `locale` (its text in that language): the text shown, hashed and signed. */
export async function consentSnapshotOf(doc: ConsentDocument, locale: Locale = DEFAULT_LOCALE): Promise<ConsentSnapshot> {
  const content = consentContentOf(doc)
  const text = consentSnapshotText(content, locale)
  return { text, sha256: await sha256Hex(text), acknowledgementCount: content.acknowledgements.length }
}
