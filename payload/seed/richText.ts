import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

type LexicalNode = { type?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }
export type RichTextValue = ReturnType<typeof convertMarkdownToLexical>

/** Where a site path lives in the CMS, so seeded links become real internal links. */
export type InternalTargets = Map<string, { relationTo: 'procedures' | 'conditions' | 'pages'; value: number | string }>

function linkInternally(node: LexicalNode, targets: InternalTargets): void {
  if (node.type === 'link' && node.fields && typeof node.fields.url === 'string') {
    const target = targets.get(node.fields.url)
    if (target) node.fields = { linkType: 'internal', newTab: false, doc: target }
  }
  node.children?.forEach((child) => linkInternally(child, targets))
}

/** Converts seed markdown to Lexical JSON; links to known pages become internal document links. */
export async function markdownToRichText(payload: Payload, markdown: string, targets: InternalTargets): Promise<RichTextValue> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const value = convertMarkdownToLexical({ editorConfig, markdown })
  linkInternally(value.root as unknown as LexicalNode, targets)
  return value
}
