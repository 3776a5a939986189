import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recordAudit } from '@/payload/audit'
import { sign, submissionFor } from './helpers/consent'
import { request, signInStaff } from './helpers/http'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

// The app's own connection (DATABASE_URL, the app role) and, to play an attacker, the server's superuser.
type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: any[]; rowCount: number | null }> }
let payload: Payload
let admin: pg.Client
const appPool = () => (payload.db as unknown as { pool: Pool }).pool
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

async function auditVerify(): Promise<{ code: number; output: string }> {
  const tsx = path.join(root, 'node_modules/.bin/tsx')
  try {
    const { stdout } = await promisify(execFile)(tsx, ['scripts/audit-verify.ts'], { cwd: root, env: process.env })
    return { code: 0, output: stdout }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: `${failed.stdout}${failed.stderr}` }
  }
}

/** As the superuser, with the immutability triggers switched off: what the app role cannot do. */
async function tamper(sql: string, values: unknown[]): Promise<void> {
  await admin.query('BEGIN')
  await admin.query('SET LOCAL session_replication_role = replica')
  await admin.query(sql, values)
  await admin.query('COMMIT')
}

async function signConsentForNewPatient(name: string): Promise<number> {
  const patient = await createTestPatient(payload, name)
  const { cookie } = await signInPatient(patient.email, TEST_PATIENT_PASSWORD)
  const signed = await sign(cookie, await submissionFor(payload, patient))
  expect(signed.status, signed.text).toBe(201)
  return signed.json.consent.id
}

beforeAll(async () => {
  payload = await getTestPayload()
  admin = new pg.Client({ connectionString: process.env.DATABASE_ADMIN_URL })
  await admin.connect()
})

afterAll(async () => {
  await admin?.end()
})

describe('the app connects as a least-privilege role', () => {
  it('is not a superuser, owns no table and is not the owner role', async () => {
    const { rows } = await appPool().query('SELECT current_user AS name, rolsuper FROM pg_roles WHERE rolname = current_user')
    expect(rows[0].rolsuper).toBe(false)
    expect(rows[0].name).toBe(decodeURIComponent(new URL(process.env.DATABASE_URL as string).username))
    const owned = await appPool().query(
      "SELECT c.relname FROM pg_class c WHERE pg_get_userbyid(c.relowner) = current_user AND c.relkind IN ('r', 'p', 'v', 'm', 'S')",
    )
    expect(owned.rows).toEqual([])
    const tables = await appPool().query("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname IN ('public', 'integrity')")
    expect(tables.rows.map((row) => row.tableowner)).toEqual([decodeURIComponent(new URL(process.env.DATABASE_OWNER_URL as string).username)])
  })

  it('cannot switch the triggers off, nor update, delete or truncate audit events, consents or their PDFs', async () => {
    const client = await (payload.db as unknown as { pool: pg.Pool }).pool.connect()
    try {
      await expect(client.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied/)
      const { rows } = await client.query('SHOW session_replication_role')
      expect(rows[0].session_replication_role).toBe('origin')
      for (const table of ['audit_events', 'consents', 'consent_pdfs']) {
        await expect(client.query(`UPDATE ${table} SET created_at = now()`)).rejects.toThrow(/permission denied/)
        await expect(client.query(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/)
        await expect(client.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/permission denied/)
      }
      await expect(client.query("UPDATE integrity.chain_links SET hash = 'x'")).rejects.toThrow(/permission denied/)
      await expect(client.query('CREATE TABLE sneaky (id integer)')).rejects.toThrow(/permission denied/)
    } finally {
      client.release()
    }
  })
})

describe('tamper evidence', () => {
  let middleEventId: number
  let tamperedConsentId: number

  beforeAll(async () => {
    await signConsentForNewPatient('Chain Early')
    tamperedConsentId = await signConsentForNewPatient('Chain Late')
    for (const detail of ['chain first', 'chain middle', 'chain last']) {
      await recordAudit(payload, { action: 'export', resource: 'integrity-test', detail })
    }
    const { rows } = await appPool().query("SELECT id FROM audit_events WHERE detail = 'chain middle'")
    middleEventId = rows[0].id
  })

  it('verifies every audit event and signed consent while nothing was changed', async () => {
    const { rows } = await appPool().query("SELECT (SELECT count(*) FROM audit_events)::int AS events, (SELECT count(*) FROM consents)::int AS consents")
    const result = await auditVerify()
    expect(result.code, result.output).toBe(0)
    expect(result.output).toMatch(/^\d+ audit events and \d+ signed consents verified\./m)
    const [, events, consents] = /^(\d+) audit events and (\d+) signed consents/m.exec(result.output)!.map(Number)
    expect(events).toBeGreaterThanOrEqual(rows[0].events)
    expect(consents).toBe(rows[0].consents)
  })

  it('names the audit event and the consent a superuser rewrote, through the script and for admins over HTTP', async () => {
    await tamper("UPDATE audit_events SET detail = 'rewritten by someone' WHERE id = $1", [middleEventId])
    await tamper("UPDATE consent_pdfs SET sha256 = repeat('a', 64) WHERE consent_id = $1", [tamperedConsentId])

    const result = await auditVerify()
    expect(result.code).toBe(1)
    expect(result.output).toContain(`Audit event ${middleEventId} no longer matches: its field detail differs`)
    expect(result.output).toContain(`Signed consent ${tamperedConsentId} no longer matches: its PDF record`)
    expect(result.output).toMatch(/field sha256 differs/)

    const adminToken = await signInStaff('admin')
    const endpoint = await request('/api/integrity', { token: adminToken })
    expect(endpoint.status).toBe(200)
    expect(endpoint.json).toMatchObject({
      ok: false,
      auditEvents: { problem: { id: middleEventId } },
      consents: { problem: { id: tamperedConsentId } },
    })
    const dashboard = await request('/admin', { token: adminToken })
    expect(dashboard.status).toBe(200)
    expect(dashboard.text).toContain(`Audit event ${middleEventId} no longer matches`)
  })

  it('names a consent whose PDF file was replaced on disk', async () => {
    const { rows } = await appPool().query('SELECT filename FROM consent_pdfs WHERE consent_id = (SELECT min(id) FROM consents)')
    const { CONSENT_PDF_DIR } = await import('@/payload/consent/pdfDir')
    const { readFile, writeFile } = await import('node:fs/promises')
    const file = path.join(CONSENT_PDF_DIR, rows[0].filename)
    const original = await readFile(file)
    await writeFile(file, Buffer.concat([original, Buffer.from('\n% appended')]))
    try {
      const { rows: first } = await appPool().query('SELECT min(id)::int AS id FROM consents')
      const result = await auditVerify()
      expect(result.output).toContain(`Signed consent ${first[0].id} no longer matches: its PDF file no longer has the SHA-256 recorded`)
    } finally {
      await writeFile(file, original)
    }
  })

  it('only admins may run the verification over HTTP', async () => {
    expect((await request('/api/integrity')).status).toBe(401)
    expect((await request('/api/integrity', { token: await signInStaff('specialist') })).status).toBe(403)
    expect((await request('/api/integrity', { token: await signInStaff('editor') })).status).toBe(403)
  })
})
