/**
 * Verifies the hash chains over audit events and signed consents (lib/integrity/chain.ts), and each
 * consent's PDF file against the SHA-256 recorded when it was signed. Used by `npm run audit:verify`
 * (plain pg, no Payload) and by the admin dashboard and GET /api/integrity (Payload's pool), both as
 * the app's read-only view: it only reads.
 */
import { createHash } from 'node:crypto'

import { CHAIN_START, earliestProblem, verifyLinks, type ChainLink, type ChainProblem, type ChainState } from '@/lib/integrity/chain'

export type Query = <Row>(sql: string, values?: unknown[]) => Promise<{ rows: Row[] }>

type Chain = 'audit_events' | 'consents' | 'consent_pdfs'

const CONTENT_OF: Record<Chain, string> = {
  audit_events: 'integrity.audit_event_content',
  consents: 'integrity.consent_content',
  consent_pdfs: 'integrity.consent_pdf_content',
}

const PAGE = 500

export type RecordProblem = { id: number; problem: string }
export type IntegrityReport = {
  ok: boolean
  auditEvents: { verified: number; problem: RecordProblem | null }
  consents: { verified: number; problem: RecordProblem | null }
  /** One line for people: "N audit events and M signed consents verified." or the first record that no longer matches. */
  summary: string
}

function linksPage(query: Query, chain: Chain, afterSeq: number): Promise<{ rows: ChainLink[] }> {
  return query<ChainLink>(
    `SELECT seq, "recordId", "prevHash", hash, fields, content,
        CASE WHEN content IS NULL THEN NULL ELSE integrity.field_digests(content) END AS "currentFields"
     FROM (
       SELECT l.seq::integer AS seq, l.record_id AS "recordId", l.prev_hash AS "prevHash", l.hash, l.fields,
         CASE WHEN t.id IS NULL THEN NULL ELSE ${CONTENT_OF[chain]}(t) END AS content
       FROM integrity.chain_links l LEFT JOIN public.${chain} t ON t.id = l.record_id
       WHERE l.chain = $1 AND l.seq > $2 ORDER BY l.seq LIMIT ${PAGE}
     ) page`,
    [chain, afterSeq],
  )
}

/** Walks one chain page by page; the first link that no longer matches ends the walk. */
async function verifyChain(query: Query, chain: Chain): Promise<{ state: ChainState; problem?: ChainProblem }> {
  let state = CHAIN_START
  for (;;) {
    const { rows } = await linksPage(query, chain, state.lastSeq)
    const result = await verifyLinks(state, rows)
    if (result.problem || rows.length < PAGE) return result
    state = result.state
  }
}

/** The first record of the table that has no link: written with the chain's trigger switched off. */
async function firstUnlinked(query: Query, chain: Chain): Promise<number | null> {
  const { rows } = await query<{ id: number | null }>(
    `SELECT min(t.id) AS id FROM public.${chain} t
     WHERE NOT EXISTS (SELECT 1 FROM integrity.chain_links l WHERE l.chain = $1 AND l.record_id = t.id)`,
    [chain],
  )
  return rows[0]?.id ?? null
}

const UNLINKED = 'it has no link in the chain: it was written with the chain trigger switched off'

async function verifyAuditEvents(query: Query): Promise<IntegrityReport['auditEvents']> {
  const { state, problem } = await verifyChain(query, 'audit_events')
  const unlinked = await firstUnlinked(query, 'audit_events')
  const problems = [
    problem ? { position: problem.recordId, id: problem.recordId, problem: problem.problem } : null,
    unlinked === null ? null : { position: unlinked, id: unlinked, problem: UNLINKED },
  ]
  const first = earliestProblem(problems)
  return { verified: state.verified, problem: first && { id: first.id, problem: first.problem } }
}

type ConsentFile = { consentId: number; position: number; pdfId: number | null; filename: string | null; sha256: string | null }

/** A stored consent PDF's bytes by file name; null when there is none (throws when the store cannot answer). */
export type ReadPdf = (filename: string) => Promise<Buffer | null>

async function fileProblem(readPdf: ReadPdf, file: ConsentFile): Promise<string | null> {
  if (file.pdfId === null || !file.filename) return 'its PDF record is missing'
  let bytes: Buffer | null
  try {
    bytes = await readPdf(file.filename)
  } catch {
    return `its PDF file ${file.filename} could not be read (the file store did not answer)`
  }
  if (!bytes) return `its PDF file ${file.filename} is missing`
  const actual = createHash('sha256').update(bytes).digest('hex')
  if (actual !== file.sha256) return `its PDF file no longer has the SHA-256 recorded when it was signed (recorded ${file.sha256?.slice(0, 12)}…, file ${actual.slice(0, 12)}…)`
  return null
}

async function verifyConsents(query: Query, readPdf: ReadPdf): Promise<IntegrityReport['consents']> {
  const { rows: files } = await query<ConsentFile>(
    `SELECT c.id AS "consentId", coalesce(l.seq, 2147483647)::integer AS position, p.id AS "pdfId", p.filename, p.sha256
     FROM public.consents c
     LEFT JOIN integrity.chain_links l ON l.chain = 'consents' AND l.record_id = c.id
     LEFT JOIN public.consent_pdfs p ON p.consent_id = c.id
     ORDER BY position, c.id`,
  )
  const positionOf = new Map(files.map((file) => [file.consentId, file.position]))
  const consentOfPdf = new Map(files.filter((file) => file.pdfId !== null).map((file) => [file.pdfId as number, file.consentId]))

  const consentChain = await verifyChain(query, 'consents')
  const pdfChain = await verifyChain(query, 'consent_pdfs')
  const unlinkedConsent = await firstUnlinked(query, 'consents')
  const unlinkedPdf = await firstUnlinked(query, 'consent_pdfs')

  const problems: ({ position: number; id: number; problem: string } | null)[] = []
  const add = (consentId: number | undefined, problem: string) =>
    problems.push({ position: consentId === undefined ? Number.MAX_SAFE_INTEGER : (positionOf.get(consentId) ?? consentId), id: consentId ?? -1, problem })

  if (consentChain.problem) add(consentChain.problem.recordId, consentChain.problem.problem)
  if (unlinkedConsent !== null) add(unlinkedConsent, UNLINKED)
  if (pdfChain.problem) {
    const pdfId = pdfChain.problem.recordId
    add(consentOfPdf.get(pdfId), `its PDF record (consent PDF ${pdfId}): ${pdfChain.problem.problem}`)
  }
  if (unlinkedPdf !== null) add(consentOfPdf.get(unlinkedPdf), `its PDF record (consent PDF ${unlinkedPdf}): ${UNLINKED}`)
  for (const file of files) {
    const problem = await fileProblem(readPdf, file)
    if (problem) {
      add(file.consentId, problem)
      break
    }
  }
  const first = earliestProblem(problems)
  return { verified: consentChain.state.verified, problem: first && { id: first.id, problem: first.problem } }
}

function summaryOf(auditEvents: IntegrityReport['auditEvents'], consents: IntegrityReport['consents']): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
  const events = plural(auditEvents.verified, 'audit event', 'audit events')
  const signed = plural(consents.verified, 'signed consent', 'signed consents')
  if (!auditEvents.problem && !consents.problem) return `${events} and ${signed} verified.`
  const lines: string[] = []
  if (auditEvents.problem) lines.push(`Audit event ${auditEvents.problem.id} no longer matches: ${auditEvents.problem.problem}.`)
  else lines.push(`${events} verified.`)
  if (consents.problem) {
    const who = consents.problem.id === -1 ? 'A signed consent' : `Signed consent ${consents.problem.id}`
    lines.push(`${who} no longer matches: ${consents.problem.problem}.`)
  } else lines.push(`${signed} verified.`)
  return lines.join(' ')
}

/** `readPdf`: reads a consent PDF from where they are stored (payload/consent/pdfDir.ts `consentPdfStore`). */
export async function verifyIntegrity(query: Query, readPdf: ReadPdf): Promise<IntegrityReport> {
  const auditEvents = await verifyAuditEvents(query)
  const consents = await verifyConsents(query, readPdf)
  return { ok: !auditEvents.problem && !consents.problem, auditEvents, consents, summary: summaryOf(auditEvents, consents) }
}
