/**
 * A word-level diff of two texts made of paragraphs, for reading: which words were added or removed,
 * and where a paragraph was split or two were merged (the break between them is a change of its own).
 */

export type Change = 'same' | 'added' | 'removed'

/** A run of words with one change; `paragraphBreak` marks an added or removed break between paragraphs. */
export type DiffPart = { change: Change; text: string; paragraphBreak?: true }

/** One paragraph of the result: its parts in reading order, and whether any of them changed. */
export type DiffParagraph = { parts: DiffPart[]; changed: boolean }

const BREAK = '\n'

function tokens(paragraphs: string[]): string[] {
  const out: string[] = []
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) out.push(BREAK)
    out.push(...paragraph.split(/\s+/).filter(Boolean))
  })
  return out
}

type Op = { change: Change; token: string }

/** Longest common subsequence over the tokens between the common start and end. */
function diffTokens(before: string[], after: string[]): Op[] {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  const a = before.slice(start, endBefore)
  const b = after.slice(start, endAfter)
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..], in one flat array.
  const width = b.length + 1
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
    }
  }
  const middle: Op[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      middle.push({ change: 'same', token: a[i] })
      i++
      j++
    } else if (j < b.length && (i === a.length || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j])) {
      middle.push({ change: 'added', token: b[j++] })
    } else {
      middle.push({ change: 'removed', token: a[i++] })
    }
  }
  // Removed words read best before the words that replace them.
  const ordered: Op[] = []
  for (let k = 0; k < middle.length; ) {
    if (middle[k].change === 'same') {
      ordered.push(middle[k++])
      continue
    }
    const run: Op[] = []
    while (k < middle.length && middle[k].change !== 'same') run.push(middle[k++])
    ordered.push(...run.filter((op) => op.change === 'removed'), ...run.filter((op) => op.change === 'added'))
  }
  const same = (token: string): Op => ({ change: 'same', token })
  return [...before.slice(0, start).map(same), ...ordered, ...before.slice(endBefore).map(same)]
}

function addWord(paragraph: DiffPart[], change: Change, word: string): void {
  const last = paragraph.at(-1)
  if (last && last.change === change && !last.paragraphBreak) last.text += ` ${word}`
  else paragraph.push({ change, text: word })
}

/**
 * The paragraphs of `after` with the differences from `before` marked. A removed break stays inside
 * the merged paragraph; an added break ends the paragraph it splits.
 */
export function diffParagraphs(before: string[], after: string[]): DiffParagraph[] {
  const result: DiffParagraph[] = []
  let current: DiffPart[] = []
  const close = () => {
    if (current.length > 0) result.push({ parts: current, changed: current.some((part) => part.change !== 'same') })
    current = []
  }
  for (const { change, token } of diffTokens(tokens(before), tokens(after))) {
    if (token !== BREAK) addWord(current, change, token)
    else if (change === 'same') close()
    else {
      current.push({ change, text: '', paragraphBreak: true })
      if (change === 'added') close()
    }
  }
  close()
  return result
}

/** True when the two texts have the same words in the same paragraphs. */
export function sameParagraphs(before: string[], after: string[]): boolean {
  return tokens(before).join(' ') === tokens(after).join(' ')
}
