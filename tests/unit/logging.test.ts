import { Writable } from 'node:stream'

import pino from 'pino'
import { describe, expect, it } from 'vitest'

import { appLogger, logCall } from '@/payload/http/logging'
import { runWithRequestId } from '@/payload/http/requestId'

function failedQuery(code: string) {
  const cause = Object.assign(new Error('read ECONNRESET'), { code })
  return new Error('Failed query: insert into "diary_entries" ("activity") values ($1)\nparams: Reaching the top shelf', { cause })
}

/** A logger built as the app builds it, writing its JSON lines into an array. */
function capture() {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean).map((line) => JSON.parse(line)))
      done()
    },
  })
  // appLogger() returns the { options } form of Payload's logger setting.
  const { options } = appLogger() as unknown as { options: pino.LoggerOptions }
  return { logger: pino(options, stream), lines }
}

describe('the app log', () => {
  it('never takes an error’s own message (a query and its values) as the line’s message', () => {
    const { logger, lines } = capture()
    logger.error(failedQuery('23505'))
    expect(lines).toHaveLength(1)
    expect(JSON.stringify(lines[0])).not.toMatch(/Reaching the top shelf|insert into/)
    expect(lines[0]).toMatchObject({ msg: 'database refused the query', err: { name: 'Error', code: '23505' } })
  })

  it('leaves one line per failed request when the database is away: the server’s own 503 line', () => {
    expect(logCall([failedQuery('ECONNRESET')], 'request-1')).toEqual({ skip: true })
    expect(logCall([{ err: failedQuery('ECONNRESET') }, 'x'], 'request-1')).toEqual({ skip: true })
    // Outside a request (an idle connection, a job) it is the only line, so it stays.
    expect(logCall([failedQuery('ECONNRESET')], undefined)).not.toEqual({ skip: true })

    const { logger, lines } = capture()
    runWithRequestId('request-2', () => logger.error(failedQuery('ECONNRESET')))
    expect(lines).toEqual([])
    logger.warn({ msg: 'an idle database connection broke' })
    expect(lines).toHaveLength(1)
  })

  it('keeps other lines as they are', () => {
    expect(logCall([{ a: 1 }, 'message'], 'request-3')).toEqual({ args: [{ a: 1 }, 'message'] })
    expect(logCall(['plain message'], undefined)).toEqual({ args: ['plain message'] })
  })
})
