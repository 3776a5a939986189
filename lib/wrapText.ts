/**
 * Breaks one line of text into lines no wider than `width`, between words; a word wider than a line
 * is cut where it must. `measure` gives a string's width (e.g. a PDF font's width at a size).
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word
    if (measure(candidate) <= width) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    let rest = word
    while (measure(rest) > width && rest.length > 1) {
      let cut = rest.length - 1
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    current = rest
  }
  lines.push(current)
  return lines
}
