import { describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relations'

describe('relationId', () => {
  it('reads the id at any depth', () => {
    expect(relationId(7)).toBe(7)
    expect(relationId({ id: 7, title: 'populated' })).toBe(7)
    expect(relationId('7')).toBe(7)
  })

  it('is null for anything that is not a positive whole id', () => {
    for (const value of [null, undefined, 0, -3, 1.5, '', '07x', '0', {}, { id: null }, { id: 'abc' }]) expect(relationId(value)).toBeNull()
  })
})
