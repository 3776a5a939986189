/**
 * Whether an email has an account must not show in how long a refusal takes. Each comparison runs the
 * two kinds of request in pairs, one straight after the other (each kind first in half the pairs), and
 * takes the median of the differences within pairs: load on a busy machine lands on both requests of a
 * pair alike and one slow pair moves no median, while a skipped password hash (about 200 ms) shifts
 * every pair by the same amount.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { request } from './helpers/http'
import { mailTo } from './helpers/outbox'
import { createTestPatient, signInPatient } from './helpers/patients'
import { getTestPayload, uniqueSuffix } from './helpers/payload'

const SAMPLES = 16
let payload: Payload
const runOctet = Math.floor(Math.random() * 250) + 1
let addressesUsed = 0
/** A fresh address per request, so the per-IP limits never decide an answer here. */
const uniqueIp = () => `172.${runOctet}.${Math.floor(++addressesUsed / 250)}.${(addressesUsed % 250) + 1}`

beforeAll(async () => {
  payload = await getTestPayload()
})

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await action()
  return performance.now() - started
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

type Comparison = { known: number; unknown: number; pairedDifference: number }

/** Warms both paths up, then times SAMPLES pairs, alternating which kind goes first. */
async function compareTimings(known: (index: number) => Promise<unknown>, unknown: (index: number) => Promise<unknown>): Promise<Comparison> {
  await known(0)
  await unknown(0)
  const knownTimes: number[] = []
  const unknownTimes: number[] = []
  for (let index = 0; index < SAMPLES; index++) {
    if (index % 2 === 0) {
      knownTimes.push(await timed(() => known(index)))
      unknownTimes.push(await timed(() => unknown(index)))
    } else {
      unknownTimes.push(await timed(() => unknown(index)))
      knownTimes.push(await timed(() => known(index)))
    }
  }
  return {
    known: median(knownTimes),
    unknown: median(unknownTimes),
    pairedDifference: median(knownTimes.map((time, index) => time - unknownTimes[index])),
  }
}

/** Within 25 ms or a quarter of the slower median, whichever is larger: far below a skipped hash. */
function expectIndistinguishable({ known, unknown, pairedDifference }: Comparison) {
  const allowed = Math.max(25, 0.25 * Math.max(known, unknown))
  const summary = `median known ${known.toFixed(0)} ms, unknown ${unknown.toFixed(0)} ms, median difference within pairs ${pairedDifference.toFixed(0)} ms`
  expect(Math.abs(pairedDifference), summary).toBeLessThan(allowed)
}

async function staffAccount(): Promise<string> {
  const email = `timing-${uniqueSuffix()}@harbourspine.example`
  await payload.create({ collection: 'users', data: { name: 'Timing Test', email, password: `staff password ${uniqueSuffix()}`, role: 'editor' } })
  return email
}

describe('a refused sign-in takes as long whether or not the email has an account', () => {
  // About a hundred sign-ins, each spending a full password hash: minutes on a loaded machine.
  it('in the patient portal, for a wrong password, an unknown email and a locked account', { timeout: 240_000 }, async () => {
    const patients = await Promise.all(Array.from({ length: SAMPLES }, () => createTestPatient(payload, 'Timing Patient')))
    const wrongPassword = await compareTimings(
      (index) => signInPatient(patients[index].email, 'not the password at all', { ip: uniqueIp() }),
      () => signInPatient(`nobody-${uniqueSuffix()}@example.com`, 'not the password at all', { ip: uniqueIp() }),
    )
    expectIndistinguishable(wrongPassword)
    // Five more failures lock the first patient; a locked account must not answer faster either.
    for (let attempt = 0; attempt < 5; attempt++) await signInPatient(patients[0].email, `wrong-${attempt}`, { ip: uniqueIp() })
    const locked = await compareTimings(
      () => signInPatient(patients[0].email, 'not the password at all', { ip: uniqueIp() }),
      () => signInPatient(`nobody-${uniqueSuffix()}@example.com`, 'not the password at all', { ip: uniqueIp() }),
    )
    expectIndistinguishable(locked)
    // And a locked account against a wrong password, interleaved too (patients 1 to 15 stay unlocked: at most four failures each).
    const lockedVersusWrong = await compareTimings(
      () => signInPatient(patients[0].email, 'not the password at all', { ip: uniqueIp() }),
      (index) => signInPatient(patients[1 + (index % (SAMPLES - 1))].email, 'not the password at all', { ip: uniqueIp() }),
    )
    expectIndistinguishable(lockedVersusWrong)
  })

  it('at the staff sign-in', { timeout: 120_000 }, async () => {
    const accounts = await Promise.all(Array.from({ length: SAMPLES }, staffAccount))
    const login = (email: string) => request('/api/users/login', { method: 'POST', body: { email, password: 'not the password at all' }, headers: { 'X-Forwarded-For': uniqueIp() } })
    const medians = await compareTimings(
      (index) => login(accounts[index]),
      () => login(`nobody-${uniqueSuffix()}@harbourspine.example`),
    )
    expectIndistinguishable(medians)
  })

  it('at the staff forgot-password, which answers the same words either way', { timeout: 120_000 }, async () => {
    const [account] = await Promise.all([staffAccount()])
    const bodies = new Set<string>()
    const ask = async (email: string) => {
      const response = await request('/api/users/forgot-password', { method: 'POST', body: { email }, headers: { 'X-Forwarded-For': uniqueIp() } })
      expect(response.status).toBe(200)
      bodies.add(response.text)
    }
    const medians = await compareTimings(
      () => ask(account),
      () => ask(`nobody-${uniqueSuffix()}@harbourspine.example`),
    )
    expectIndistinguishable(medians)
    expect(bodies.size).toBe(1)
  })
})

describe('the staff forgot-password route', () => {
  it('still sends the reset mail, after answering', async () => {
    const email = await staffAccount()
    expect((await request('/api/users/forgot-password', { method: 'POST', body: { email }, headers: { 'X-Forwarded-For': uniqueIp() } })).status).toBe(200)
    await expect.poll(() => mailTo(email).length, { timeout: 10_000 }).toBe(1)
    expect(mailTo(email)[0].html).toContain('/admin/reset/')
  })

  it('refuses a body that is not an email with a clear 400', async () => {
    const response = await request('/api/users/forgot-password', { method: 'POST', body: { email: 'not-an-email' }, headers: { 'X-Forwarded-For': uniqueIp() } })
    expect(response.status).toBe(400)
    expect(response.json.message).toMatch(/email address/)
  })
})
