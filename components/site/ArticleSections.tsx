import type { Procedure } from '@/payload-types'
import { LAYOUT_IDS, uniqueIds } from './paths'
import { RichText } from './RichText'
import { TableOfContents } from './TableOfContents'

type Section = NonNullable<Procedure['sections']>[number]

/** A table of contents, then each section as an <h2> with an anchor and its rich text (sub-headings h3). */
export function ArticleSections({ sections, reservedIds = [] }: { sections: Section[]; reservedIds?: string[] }) {
  const ids = uniqueIds(
    sections.map((section) => section.heading),
    [...LAYOUT_IDS, ...reservedIds],
  )
  return (
    <>
      <TableOfContents items={sections.map((section, index) => ({ id: ids[index], label: section.heading }))} />
      {sections.map((section, index) => (
        <section key={section.id ?? ids[index]} className="article-section" aria-labelledby={ids[index]}>
          <h2 id={ids[index]}>{section.heading}</h2>
          <RichText data={section.body} headingLevel={3} />
        </section>
      ))}
    </>
  )
}
