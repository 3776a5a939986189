import { describe, expect, it } from 'vitest'

import { databaseUnavailable, summariseError } from '@/payload/http/databaseFailure'
import { isValidRequestId, requestIdFor } from '@/payload/http/requestId'

function pgError(code: string, message = 'pg says no'): Error {
  return Object.assign(new Error(message), { code, severity: 'ERROR', detail: 'Key (pain)=(7) already exists.' })
}

/** How drizzle wraps a failed statement: the SQL and its parameters in the message, pg's error as cause. */
function drizzleWrapped(cause: unknown): Error {
  return Object.assign(new Error('Failed query: insert into "diary_entries" ("nrs") values ($1)\nparams: 7,walking'), { cause })
}

describe('databaseUnavailable', () => {
  it.each([
    ['statement timeout', pgError('57014', 'canceling statement due to statement timeout')],
    ['lock timeout', pgError('55P03', 'canceling statement due to lock timeout')],
    ['server shutting down', pgError('57P01', 'terminating connection due to administrator command')],
    ['starting up', pgError('57P03', 'the database system is starting up')],
    ['too many connections', pgError('53300', 'sorry, too many clients already')],
    ['connection exception class', pgError('08006', 'connection failure')],
    ['deadlock', pgError('40P01', 'deadlock detected')],
    ['refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })],
    ['reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['broken connection', new Error('Connection terminated unexpectedly')],
  ])('calls a %s unavailable', (_, error) => {
    expect(databaseUnavailable(error)).not.toBeNull()
  })

  it('finds the cause behind drizzle and Payload wrappers', () => {
    const wrapped = Object.assign(new Error('Something went wrong'), { cause: drizzleWrapped(pgError('57014')) })
    expect(databaseUnavailable(wrapped)).toBe('57014')
  })

  it('looks inside an AggregateError (localhost refused on both IPv4 and IPv6)', () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' })
    expect(databaseUnavailable(new AggregateError([refused('::1'), refused('127.0.0.1')]))).toBe('ECONNREFUSED')
  })

  it.each([
    ['not found', Object.assign(new Error('Not Found'), { name: 'NotFound', status: 404 })],
    ['unique violation', drizzleWrapped(pgError('23505', 'duplicate key value violates unique constraint'))],
    ['invalid input', pgError('22P02', 'invalid input syntax for type integer: "abc"')],
    ['missing column (a bug)', pgError('42703', 'column "x" does not exist')],
    ['plain bug', new TypeError('Cannot read properties of undefined')],
    ['not an error at all', 'a string'],
    ['nothing', undefined],
  ])('keeps %s as it is', (_, error) => {
    expect(databaseUnavailable(error)).toBeNull()
  })

  it('survives a cause chain that loops', () => {
    const a: { message: string; cause?: unknown } = { message: 'a' }
    a.cause = { message: 'b', cause: a }
    expect(databaseUnavailable(a)).toBeNull()
  })
})

describe('summariseError', () => {
  it('never repeats a query or its parameters, nor a stack', () => {
    const summary = summariseError(drizzleWrapped(pgError('57014', 'canceling statement due to statement timeout')))
    expect(summary).toEqual({ name: 'Error', code: '57014', message: 'canceling statement due to statement timeout' })
    expect(JSON.stringify(summary)).not.toMatch(/walking|params|insert|at /)
  })

  it('keeps the values out of a data or integrity error', () => {
    const summary = summariseError(drizzleWrapped(pgError('22P02', 'invalid input syntax for type integer: "my back hurts"')))
    expect(summary.code).toBe('22P02')
    expect(JSON.stringify(summary)).not.toContain('my back hurts')
  })

  it('says the query failed without saying which, when there is no cause', () => {
    expect(summariseError(new Error('Failed query: select "pain" from x\nparams: 9')).message).toBe('database refused the query')
  })

  it('shortens long messages to one line', () => {
    const summary = summariseError(new Error(`${'x'.repeat(500)}\nsecond line`))
    expect(summary.message).toHaveLength(200)
  })
})

describe('request ids', () => {
  it.each(['0f8fe1d2-6c4b-4f31-9a0e-3b9e4f0d2c11', 'lb-1234abcd', 'Root=1-67891233-abcdef012345678912345678'])('keeps a well-formed id: %s', (id) => {
    expect(isValidRequestId(id)).toBe(true)
    expect(requestIdFor(id)).toBe(id)
  })

  it.each(['short', 'x'.repeat(65), 'has space in it', 'new\nline-injected', '{"level":"error"}', ''])('replaces a malformed id: %j', (id) => {
    const replaced = requestIdFor(id)
    expect(replaced).not.toBe(id)
    expect(isValidRequestId(replaced)).toBe(true)
  })

  it('makes one when none came, and reads the first of repeated headers', () => {
    expect(isValidRequestId(requestIdFor(undefined))).toBe(true)
    expect(requestIdFor(['abcdefgh-1', 'ijklmnop-2'])).toBe('abcdefgh-1')
  })
})
