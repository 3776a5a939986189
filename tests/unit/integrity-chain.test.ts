import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { CHAIN_START, changedFields, checkLink, GENESIS_HASH, linkHash, verifyLinks, type ChainLink } from '@/lib/integrity/chain'

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const digests = (content: string) =>
  Object.fromEntries(Object.entries(JSON.parse(content) as Record<string, unknown>).map(([key, value]) => [key, sha(JSON.stringify(value)).slice(0, 16)]))

/** A chain as the database builds it: each link hashes the previous hash and the record's content. */
function buildChain(contents: string[]): ChainLink[] {
  const links: ChainLink[] = []
  let previous = GENESIS_HASH
  contents.forEach((content, index) => {
    const hash = sha(`${previous}|${content}`)
    links.push({ seq: index + 1, recordId: 100 + index, prevHash: previous, hash, fields: digests(content), content, currentFields: digests(content) })
    previous = hash
  })
  return links
}

const records = ['{"id": 100, "action": "sign-in"}', '{"id": 101, "action": "read", "detail": "x"}', '{"id": 102, "action": "export"}', '{"id": 103, "action": "sign-out"}']

describe('hash chain verification', () => {
  it('hashes the previous hash and the content the way the database trigger does', async () => {
    expect(await linkHash(GENESIS_HASH, 'abc')).toBe(sha(`${GENESIS_HASH}|abc`))
  })

  it('verifies an untouched chain, also page by page', async () => {
    const links = buildChain(records)
    expect(await verifyLinks(CHAIN_START, links)).toEqual({ state: { verified: 4, lastSeq: 4, lastHash: links[3].hash } })
    const first = await verifyLinks(CHAIN_START, links.slice(0, 2))
    const rest = await verifyLinks(first.state, links.slice(2))
    expect(rest.problem).toBeUndefined()
    expect(rest.state.verified).toBe(4)
  })

  it('names the first record whose content changed, and which fields', async () => {
    const links = buildChain(records)
    const changed = '{"id": 101, "action": "read", "detail": "forged"}'
    links[1] = { ...links[1], content: changed, currentFields: digests(changed) }
    links[3] = { ...links[3], content: '{"id": 103, "action": "forged"}' }
    const { problem, state } = await verifyLinks(CHAIN_START, links)
    expect(problem).toEqual({ recordId: 101, problem: 'its field detail differs from what was sealed when it was written' })
    expect(state.verified).toBe(1)
  })

  it('names a deleted record, a removed link and a re-sealed record', async () => {
    const deleted = buildChain(records)
    deleted[2] = { ...deleted[2], content: null, currentFields: null }
    expect((await verifyLinks(CHAIN_START, deleted)).problem).toEqual({ recordId: 102, problem: 'the record was deleted (its link remains)' })

    const removed = buildChain(records)
    removed.splice(1, 1)
    expect((await verifyLinks(CHAIN_START, removed)).problem?.recordId).toBe(102)
    expect((await verifyLinks(CHAIN_START, removed)).problem?.problem).toMatch(/skips from link 1 to 3/)

    // Someone rewrote record 101 and computed a fresh hash for it: the next link no longer follows.
    const resealed = buildChain(records)
    const forged = '{"id": 101, "action": "read", "detail": "forged"}'
    resealed[1] = { ...resealed[1], content: forged, hash: sha(`${resealed[1].prevHash}|${forged}`), fields: digests(forged), currentFields: digests(forged) }
    expect((await verifyLinks(CHAIN_START, resealed)).problem).toEqual({ recordId: 102, problem: expect.stringMatching(/no longer follows/) })
  })

  it('lists changed fields by comparing digests', () => {
    expect(changedFields({ a: '1', b: '2' }, { a: '1', b: '3', c: '4' })).toEqual(['b', 'c'])
    expect(changedFields({ a: '1' }, { a: '1' })).toEqual([])
  })

  it('says "content differs" when no field digest tells which', async () => {
    const [link] = buildChain(records.slice(0, 1))
    expect(await checkLink(CHAIN_START, { ...link, content: '{"id": 100, "action": "x"}', currentFields: null })).toBe('its content differs from what was sealed when it was written')
  })
})
