import { describe, expect, it } from 'vitest'

import { limitOpenTransactions } from '@/payload/db/transactionSlots'

/** A stand-in for Payload's adapter that counts how many transactions are open at once. */
function fakeAdapter({ failBegins = 0 } = {}) {
  let nextId = 0
  let failures = failBegins
  const openIds = new Set<number>()
  const state = {
    mostOpen: 0,
    get open() {
      return openIds.size
    },
  }
  const end = async (id: number) => {
    openIds.delete(id)
  }
  const db = {
    beginTransaction: async () => {
      if (failures-- > 0) throw new Error('no connection')
      openIds.add(++nextId)
      state.mostOpen = Math.max(state.mostOpen, openIds.size)
      return nextId
    },
    commitTransaction: end,
    rollbackTransaction: end,
  }
  return { db, state }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('limitOpenTransactions', () => {
  it('never has more transactions open than it has slots, and starts the waiting ones as others end', async () => {
    const { db, state } = fakeAdapter()
    limitOpenTransactions(db as never, 3)
    const work = Array.from({ length: 20 }, async (_, index) => {
      const id = await db.beginTransaction()
      await tick()
      if (index % 2) await db.commitTransaction(id as never)
      else await db.rollbackTransaction(id as never)
    })
    await Promise.all(work)
    expect(state.mostOpen).toBe(3)
    expect(state.open).toBe(0)
  })

  it('a transaction that fails to start gives its slot back', async () => {
    const { db, state } = fakeAdapter({ failBegins: 2 })
    limitOpenTransactions(db as never, 1)
    await expect(db.beginTransaction()).rejects.toThrow('no connection')
    await expect(db.beginTransaction()).rejects.toThrow('no connection')
    const id = await db.beginTransaction()
    await db.commitTransaction(id as never)
    expect(state.open).toBe(0)
  })

  it('ending an unknown transaction frees nothing', async () => {
    const { db, state } = fakeAdapter()
    limitOpenTransactions(db as never, 1)
    const first = await db.beginTransaction()
    await db.commitTransaction(999 as never)
    let secondStarted = false
    const second = db.beginTransaction().then((id) => {
      secondStarted = true
      return id
    })
    await tick()
    expect(secondStarted).toBe(false)
    await db.commitTransaction(first as never)
    await db.commitTransaction((await second) as never)
    expect(state.open).toBe(0)
  })
})
