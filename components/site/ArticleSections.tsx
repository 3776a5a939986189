import type { Procedure } from '@/payload-types'
import type { SectionIllustrations } from './illustrations'
import { LAYOUT_IDS, uniqueIds } from './paths'
import { RichText } from './RichText'
import { TableOfContents } from './TableOfContents'

type Section = NonNullable<Procedure['sections']>[number]

type Props = {
  sections: Section[]
  reservedIds?: string[]
  illustrations?: SectionIllustrations
  /** The page's own words for its table of contents and "Back to top" (lib/i18n `site.*`). */
  labels?: { onThisPage: string; backToTop: string }
}

/** The first section of each kind that has an illustration on this page: its index. */
function illustratedIndexes(sections: Section[], illustrations: SectionIllustrations): Set<number> {
  const indexes = new Set<number>()
  for (const kind of Object.keys(illustrations) as Section['kind'][]) {
    const index = sections.findIndex((section) => section.kind === kind)
    if (index >= 0) indexes.add(index)
  }
  return indexes
}

/**
 * A table of contents, then each section as an <h2> with an anchor and its rich text (sub-headings
 * h3), its illustration if the page has one for that kind of section, and a link back to the top.
 */
export function ArticleSections({ sections, reservedIds = [], illustrations = {}, labels = { onThisPage: 'On this page', backToTop: 'Back to top' } }: Props) {
  const ids = uniqueIds(
    sections.map((section) => section.heading),
    [...LAYOUT_IDS, ...reservedIds],
  )
  const illustrated = illustratedIndexes(sections, illustrations)
  const long = sections.length > 1
  return (
    <>
      <TableOfContents title={labels.onThisPage} items={sections.map((section, index) => ({ id: ids[index], label: section.heading }))} />
      {sections.map((section, index) => {
        const Illustration = illustrated.has(index) ? illustrations[section.kind] : undefined
        return (
          <section key={section.id ?? ids[index]} className="article-section" aria-labelledby={ids[index]}>
            <h2 id={ids[index]}>{section.heading}</h2>
            <RichText data={section.body} headingLevel={3} />
            {Illustration && <Illustration />}
            {long && (
              <p className="back-to-top">
                {/* #top is the <body>: the page scrolls to the top and the next Tab starts at the skip link. */}
                <a href="#top">{labels.backToTop}</a>
              </p>
            )}
          </section>
        )
      })}
    </>
  )
}
