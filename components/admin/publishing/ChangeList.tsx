import type { ContentChange, DiffPart } from '@/lib/content-diff'

const KIND_TEXT = { changed: 'changed', added: 'new', removed: 'removed' } as const

/** One run of words: inserted and deleted text say so in words too (not by colour or line only). */
function Part({ part }: { part: DiffPart }) {
  if (part.paragraphBreak) {
    const Tag = part.change === 'added' ? 'ins' : 'del'
    return (
      <Tag className="published-changes__break">
        ¶ {part.change === 'added' ? 'new paragraph break' : 'paragraph break removed (paragraphs merged)'}
      </Tag>
    )
  }
  if (part.change === 'same') return <span>{part.text}</span>
  const Tag = part.change === 'added' ? 'ins' : 'del'
  return (
    <Tag>
      <span className="published-changes__hidden">{part.change === 'added' ? 'added: ' : 'removed: '}</span>
      {part.text}
    </Tag>
  )
}

export function ChangeList({ changes }: { changes: ContentChange[] }) {
  return (
    <>
      <p className="published-changes__key">
        <ins>Underlined</ins> words are new, <del>struck-through</del> words are removed, ¶ marks a paragraph break.
      </p>
      {changes.map((change) => (
        <div key={`${change.kind} ${change.label}`} className="published-changes__change">
          <h3>
            {change.label} <span className="published-changes__kind">({KIND_TEXT[change.kind]})</span>
          </h3>
          {change.paragraphs.map((paragraph, index) => (
            <p key={index}>
              {paragraph.parts.map((part, partIndex) => (
                <span key={partIndex}>
                  {partIndex > 0 && ' '}
                  <Part part={part} />
                </span>
              ))}
            </p>
          ))}
        </div>
      ))}
    </>
  )
}
