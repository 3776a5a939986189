import type { DatabaseAdapter } from 'payload'

/** Connections in Payload's pool. */
export const DATABASE_POOL_SIZE = 10
/** Connections a write transaction may never take: they stay free for queries that run outside one. */
const RESERVED_FOR_QUERIES = 2

type TransactionMethods = Pick<DatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>

/**
 * Caps how many transactions are open at once, so a few pool connections are always left free.
 *
 * Payload runs some queries of a write outside the write's own transaction (its document-lock check
 * on every REST update, payloadcms/payload#8412). A transaction holds its connection while such a
 * query waits for another one; once every connection of the pool belongs to a transaction waiting
 * like that, the server stops answering. A new transaction waits here instead, holding nothing, until
 * an open one commits or rolls back.
 */
export function limitOpenTransactions(db: TransactionMethods, slots = DATABASE_POOL_SIZE - RESERVED_FOR_QUERIES): void {
  let free = slots
  const queue: (() => void)[] = []
  const open = new Set<number | string>()
  const take = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((resolve) => queue.push(resolve)))
  const giveBack = () => {
    const next = queue.shift()
    if (next) next()
    else free++
  }
  const finish = (id: number | string) => {
    if (open.delete(id)) giveBack()
  }

  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)

  db.beginTransaction = async (options) => {
    await take()
    try {
      const id = await begin(options)
      if (id == null) giveBack()
      else open.add(id)
      return id
    } catch (error) {
      giveBack()
      throw error
    }
  }
  db.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      finish(id as number | string)
    }
  }
  db.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      finish(id as number | string)
    }
  }
}
