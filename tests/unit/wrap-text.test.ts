import { describe, expect, it } from 'vitest'

import { wrapText } from '@/lib/wrapText'

const byLength = (text: string) => text.length

describe('wrapText', () => {
  it('breaks between words so that no line is wider than asked', () => {
    const lines = wrapText('Pain medicines: paracetamol 1 g at 11:00 and ibuprofen 400 mg at 14:00', 20, byLength)
    expect(lines.every((line) => line.length <= 20)).toBe(true)
    expect(lines.join(' ')).toBe('Pain medicines: paracetamol 1 g at 11:00 and ibuprofen 400 mg at 14:00')
  })

  it('cuts a word longer than a line, keeping every character', () => {
    const lines = wrapText('a supercalifragilisticexpialidocious word', 10, byLength)
    expect(lines.every((line) => line.length <= 10)).toBe(true)
    expect(lines.join('').replaceAll(' ', '')).toBe('asupercalifragilisticexpialidociousword')
  })

  it('keeps short and empty text as one line', () => {
    expect(wrapText('Fine', 10, byLength)).toEqual(['Fine'])
    expect(wrapText('', 10, byLength)).toEqual([''])
  })
})
