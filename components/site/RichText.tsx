import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConverter,
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import type { SerializedHeadingNode, SerializedLinkNode, SerializedTextNode } from '@payloadcms/richtext-lexical'
import { Fragment } from 'react'

import { splitPhoneNumbers } from '@/lib/text/phone-numbers'
import { pathForDoc } from './paths'

type HeadingLevel = 2 | 3 | 4 | 5 | 6
type LexicalNode = { type?: string; tag?: string; children?: LexicalNode[] }
type ParentChain = { type?: string; parent?: ParentChain } | undefined

/** Text already inside a link must not get a second, nested link. */
function isInsideLink(parent: ParentChain): boolean {
  for (let node = parent; node; node = node.parent) if (node.type === 'link' || node.type === 'autolink') return true
  return false
}

/** Public path of an internal link's (populated) target, or null when the target is not visible. */
function internalHref(linkNode: SerializedLinkNode): string | null {
  const doc = linkNode.fields.doc
  if (!doc || typeof doc.value !== 'object' || doc.value === null) return null
  return pathForDoc(doc.relationTo, doc.value as { slug?: unknown })
}

const internalDocToHref = ({ linkNode }: { linkNode: SerializedLinkNode }) => internalHref(linkNode) ?? '#'

function topHeadingLevel(node: LexicalNode): number | null {
  let top: number | null = null
  const visit = (current: LexicalNode) => {
    if (current.type === 'heading' && current.tag) {
      const level = Number(current.tag.slice(1))
      if (level >= 1 && level <= 6) top = top === null ? level : Math.min(top, level)
    }
    current.children?.forEach(visit)
  }
  visit(node)
  return top
}

function converters(shift: number): JSXConvertersFunction {
  const links = LinkJSXConverter({ internalDocToHref })
  const renderLink = links.link as Extract<JSXConverter<SerializedLinkNode>, (...args: never[]) => unknown>
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    ...links,
    // Phone numbers in editors' text become tel: links, keeping the text's own formatting (bold...).
    text: (args) => {
      const renderText = defaultConverters.text as Extract<JSXConverter<SerializedTextNode>, (...args: never[]) => unknown>
      const node = args.node as SerializedTextNode
      const parts = splitPhoneNumbers(node.text)
      if (isInsideLink(args.parent as ParentChain) || !parts.some((part) => part.kind === 'phone')) return renderText(args)
      return parts.map((part, index) => {
        const text = renderText({ ...args, node: { ...node, text: part.text } })
        return part.kind === 'phone' ? (
          <a key={index} href={part.href}>
            {text}
          </a>
        ) : (
          <Fragment key={index}>{text}</Fragment>
        )
      })
    },
    link: (args) => {
      const node = args.node as SerializedLinkNode
      // A link to a page the visitor cannot see (unpublished, deleted) stays plain text, never "#".
      if (node.fields.linkType === 'internal' && !internalHref(node)) {
        return <>{args.nodesToJSX({ nodes: node.children })}</>
      }
      return renderLink(args as Parameters<typeof renderLink>[0])
    },
    heading: ({ node, nodesToJSX }) => {
      const heading = node as SerializedHeadingNode
      const level = Math.min(6, Math.max(1, Number(heading.tag.slice(1)) + shift))
      const Tag = `h${level}` as 'h2'
      return <Tag>{nodesToJSX({ nodes: heading.children })}</Tag>
    },
  })
}

type Props = {
  data: SerializedEditorState | { root: unknown; [key: string]: unknown } | null | undefined
  /**
   * Level of the content's top headings, so the outline never skips a level: a section under an
   * <h2> passes 3. Lower headings keep their distance from the top ones.
   */
  headingLevel: HeadingLevel
  className?: string
}

/** Rich text from the CMS; internal links point at the linked document's public page. */
export function RichText({ data, headingLevel, className = 'prose' }: Props) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const top = topHeadingLevel(data.root as LexicalNode)
  const shift = top === null ? 0 : headingLevel - top
  return (
    <LexicalRichText
      className={className}
      data={data as SerializedEditorState}
      converters={converters(shift)}
      disableIndent
      disableTextAlign
    />
  )
}
