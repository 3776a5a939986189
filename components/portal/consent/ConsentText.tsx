import type { ReactNode } from 'react'

import type { TextBlock, TextLine } from '@/lib/consent'

type Run = { kind: TextLine['kind']; lines: TextLine[] }

/** Consecutive lines of the same kind, so list items share one list. */
function runsOf(block: TextBlock): Run[] {
  const runs: Run[] = []
  for (const line of block) {
    const last = runs.at(-1)
    if (last && last.kind === line.kind && line.kind !== 'heading' && line.kind !== 'subheading') last.lines.push(line)
    else runs.push({ kind: line.kind, lines: [line] })
  }
  return runs
}

function renderRun(run: Run, key: number): ReactNode {
  switch (run.kind) {
    case 'heading':
      return <h3 key={key}>{run.lines[0].text}</h3>
    case 'subheading':
      return <h4 key={key}>{run.lines[0].text}</h4>
    case 'bullet':
      return (
        <ul key={key}>
          {run.lines.map((line, index) => (
            <li key={index}>{line.text}</li>
          ))}
        </ul>
      )
    case 'numbered':
      return (
        <ol key={key} start={run.lines[0].kind === 'numbered' ? run.lines[0].number : 1}>
          {run.lines.map((line, index) => (
            <li key={index}>{line.text}</li>
          ))}
        </ol>
      )
    default:
      return (
        <p key={key}>
          {run.lines.map((line, index) => (
            <span key={index}>
              {index > 0 && <br />}
              {line.text}
            </span>
          ))}
        </p>
      )
  }
}

/**
 * Blocks of the signed text as headings, paragraphs and lists. Every character of every line is
 * shown; only the list markers ("- ", "1. ") become list formatting.
 */
export function ConsentText({ blocks }: { blocks: TextBlock[] }) {
  return <div className="consent-text">{blocks.flatMap((block, blockIndex) => runsOf(block).map((run, runIndex) => renderRun(run, blockIndex * 1000 + runIndex)))}</div>
}
