import { describe, expect, it } from 'vitest'

import { timeAxis } from '@/components/clinic/timeAxis'

describe('timeAxis', () => {
  const defaultDiary = [15, 30, 60, 120, 180, 240, 300, 360, 420, 480, 1360]

  it('gives the day of the block its hours and sets the next morning apart', () => {
    const axis = timeAxis(defaultDiary)
    expect(axis.position(30)).toBe(0.5)
    expect(axis.position(480)).toBe(8)
    expect(axis.breakAt).toBe(9)
    expect(axis.position(1360)).toBe(10)
    expect(axis.end).toBe(10.5)
    expect(axis.ticks.at(-1)).toEqual({ position: 10, label: '22 h 40 min' })
    expect(axis.ticks.slice(0, 3).map((tick) => tick.label)).toEqual(['block', '1 h', '2 h'])
  })

  it('keeps the first hours at least half the axis whatever the next-morning time', () => {
    for (const later of [900, 1360, 2000]) {
      const axis = timeAxis([15, 60, 120, later])
      expect(axis.position(480) / axis.end).toBeGreaterThan(0.5)
    }
  })

  it('has no break for a diary kept on the day of the block only', () => {
    const axis = timeAxis([15, 30, 60, 120])
    expect(axis.breakAt).toBeNull()
    expect(axis.end).toBe(8)
  })
})
