/**
 * Hash chains over append-only records (audit events, signed consents, consent PDFs). The database
 * appends one link per record as it is inserted (see the tamper-evident-chains migration):
 *   hash = sha256(prevHash + '|' + content)
 * where content is the record's canonical JSON and prevHash the hash of the link before it (64 zeros
 * for the first). Verifying recomputes every hash in order and names the first record that no longer
 * matches. Framework-free: the caller reads the links and the records' current content.
 */
import { sha256Hex } from '../consent/hash'

export const GENESIS_HASH = '0'.repeat(64)

export type ChainLink = {
  seq: number
  recordId: number
  prevHash: string
  hash: string
  /** Digest of each canonical field when the record was written (which fields changed). */
  fields: Record<string, string>
  /** The record's canonical content now, or null when the record is gone. */
  content: string | null
  /** Digest of each canonical field now (from the same database function), when the record exists. */
  currentFields: Record<string, string> | null
}

export type ChainProblem = { recordId: number; problem: string }

/** Where a verification stands after some links: resume from here with the next page of links. */
export type ChainState = { verified: number; lastSeq: number; lastHash: string }

export const CHAIN_START: ChainState = { verified: 0, lastSeq: 0, lastHash: GENESIS_HASH }

export function linkHash(prevHash: string, content: string): Promise<string> {
  return sha256Hex(`${prevHash}|${content}`)
}

/** The canonical fields whose digest differs between when a record was sealed and now. */
export function changedFields(sealed: Record<string, string>, current: Record<string, string>): string[] {
  const names = new Set([...Object.keys(sealed), ...Object.keys(current)])
  return [...names].filter((name) => sealed[name] !== current[name]).sort()
}

function listed(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** What is wrong with one link, given the state after the links before it; null when it matches. */
export async function checkLink(state: ChainState, link: ChainLink): Promise<string | null> {
  if (link.seq !== state.lastSeq + 1) return `the chain skips from link ${state.lastSeq} to ${link.seq}: a link before this record was removed`
  if (link.prevHash !== state.lastHash) return 'its link no longer follows the one before it: a record before it was removed or re-sealed'
  if (link.content === null) return 'the record was deleted (its link remains)'
  if ((await linkHash(link.prevHash, link.content)) === link.hash) return null
  const fields = link.currentFields ? changedFields(link.fields, link.currentFields) : []
  if (fields.length === 0) return 'its content differs from what was sealed when it was written'
  return `${fields.length === 1 ? 'its field' : 'its fields'} ${listed(fields)} ${fields.length === 1 ? 'differs' : 'differ'} from what was sealed when it was written`
}

/**
 * Checks links in order, from `state` on. Returns the new state, or the first record that no longer
 * matches. Call again with the next page of links and the returned state to verify a long chain.
 */
export async function verifyLinks(state: ChainState, links: ChainLink[]): Promise<{ state: ChainState; problem?: ChainProblem }> {
  let current = state
  for (const link of links) {
    const problem = await checkLink(current, link)
    if (problem) return { state: current, problem: { recordId: link.recordId, problem } }
    current = { verified: current.verified + 1, lastSeq: link.seq, lastHash: link.hash }
  }
  return { state: current }
}

/** The earliest of several problems, by each record's position in the consent chain's order. */
export function earliestProblem<T extends { position: number }>(problems: (T | null | undefined)[]): T | null {
  return problems.reduce<T | null>((first, problem) => (problem && (!first || problem.position < first.position) ? problem : first), null)
}
