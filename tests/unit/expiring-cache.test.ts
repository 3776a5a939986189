import { describe, expect, it } from 'vitest'

import { createExpiringCache } from '@/lib/sessions/expiringCache'

describe('createExpiringCache', () => {
  it('keeps a value until its deadline and not after', () => {
    let clock = 1_000
    const cache = createExpiringCache<string>({ maxEntries: 10, now: () => clock })
    cache.set('a', 'A', 1_500)
    expect(cache.get('a')).toBe('A')
    clock = 1_499
    expect(cache.get('a')).toBe('A')
    clock = 1_500
    expect(cache.get('a')).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it('never stores a value already expired', () => {
    const cache = createExpiringCache<string>({ maxEntries: 10, now: () => 2_000 })
    cache.set('a', 'A', 2_000)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it('holds at most maxEntries, dropping the oldest first', () => {
    const cache = createExpiringCache<number>({ maxEntries: 3, now: () => 0 })
    for (const [index, key] of ['a', 'b', 'c', 'd'].entries()) cache.set(key, index, 100)
    expect(cache.size).toBe(3)
    expect(cache.get('a')).toBeUndefined()
    expect([cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([1, 2, 3])
  })

  it('a key set again counts as new', () => {
    const cache = createExpiringCache<number>({ maxEntries: 2, now: () => 0 })
    cache.set('a', 1, 100)
    cache.set('b', 2, 100)
    cache.set('a', 3, 100)
    cache.set('c', 4, 100)
    expect(cache.get('b')).toBeUndefined()
    expect([cache.get('a'), cache.get('c')]).toEqual([3, 4])
  })
})
