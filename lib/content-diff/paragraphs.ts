/**
 * Rich text (Lexical JSON) as plain paragraphs: what an editor reads, without formatting. Each block
 * (paragraph, heading, quote, list item) becomes one paragraph; a list item starts with "•" or its number.
 */

type LexicalNode = {
  type?: string
  text?: string
  tag?: string
  listType?: string
  value?: number
  children?: LexicalNode[]
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem'])

function inlineText(node: LexicalNode): string {
  if (node.type === 'linebreak') return ' '
  if (node.type === 'tab') return ' '
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(inlineText).join('')
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim()

function listMarker(list: LexicalNode, item: LexicalNode, index: number): string {
  return list.listType === 'number' ? `${item.value ?? index + 1}.` : '•'
}

function blocksOf(node: LexicalNode, out: string[], marker = ''): void {
  if (node.type === 'list') {
    ;(node.children ?? []).forEach((item, index) => blocksOf(item, out, listMarker(node, item, index)))
    return
  }
  if (node.type === 'listitem') {
    // A nested list sits inside a list item: its items are paragraphs of their own.
    const ownText = (node.children ?? []).filter((child) => child.type !== 'list')
    const text = tidy(ownText.map(inlineText).join(''))
    if (text) out.push(marker ? `${marker} ${text}` : text)
    for (const child of node.children ?? []) if (child.type === 'list') blocksOf(child, out)
    return
  }
  if (node.type && BLOCK_TYPES.has(node.type)) {
    const text = tidy(inlineText(node))
    if (text) out.push(text)
    return
  }
  if (node.children) node.children.forEach((child) => blocksOf(child, out))
  else {
    const text = tidy(inlineText(node))
    if (text) out.push(text)
  }
}

/** The paragraphs of a Lexical value (`{ root: … }`), empty ones left out. Anything else gives none. */
export function richTextParagraphs(value: unknown): string[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return []
  const out: string[] = []
  blocksOf(root, out)
  return out
}
