import type { CombinedFlag } from '@/lib/block-analysis'

type Props = { flags: CombinedFlag[]; headingLevel: 2 | 3 | 4; id: string; title?: string }

/** What makes a block hard to read, worked out by the analysis; the specialist weighs each. */
export function FlagList({ flags, headingLevel, id, title = 'Flags that make this block hard to read' }: Props) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  return (
    <div className="flags">
      <Heading id={id}>{title}</Heading>
      {flags.length === 0 ? (
        <p>None found.</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag) => (
            <li key={flag.message} data-flag={flag.kind}>
              <strong>Flag:</strong> {flag.message}
              {flag.profileNames && ` (${flag.profileNames.join(', ')})`}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
