export type TocItem = { id: string; label: string }

/** In-page navigation to the sections below, as a boxed, numbered list of anchors. */
export function TableOfContents({ items, title = 'On this page' }: { items: TocItem[]; title?: string }) {
  if (items.length < 2) return null
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading">{title}</h2>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
