/**
 * Files every instance reaches: two production servers started here from the test build, both set to
 * an S3-compatible server (s3rver, in this process) instead of their own disk. A consent signed on
 * one downloads from the other, only for its patient and clinical staff; the PDF is in the bucket and
 * never replaced; images go to the bucket through Payload's S3 adapter; a store that stops answering
 * makes /api/ready say so and a download answer 503, not 500.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONSENT_PDF_DIR } from '@/payload/consent/pdfDir'
import { storageSettingsFrom } from '@/payload/storage/settings'
import { AlreadyStoredError, fileStoreFrom } from '@/payload/storage/store'
import { freePort } from '@/scripts/lib/database'
import { startNextServer, type Server } from '@/scripts/lib/processes'
import { submissionFor, TINY_PNG } from './helpers/consent'
import { signInStaff } from './helpers/http'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

const BUCKET = 'clinic-files'
/** s3rver checks every request's signature against this key pair. */
const KEYS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }

type Put = { key: string; ifNoneMatch: string | undefined; status: number }
/** The part of Koa's context (s3rver is a Koa app) the middleware below uses. */
type Context = { method: string; path: string; status: number; type: string; body: unknown; get: (header: string) => string }
type Middleware = (ctx: Context, next: () => Promise<void>) => Promise<void>

/**
 * s3rver, with the one piece of S3 it predates: conditional writes. AWS S3 (and MinIO, R2, GCS's XML
 * API) answer 412 Precondition Failed to a PUT with `If-None-Match: *` when the key exists; s3rver
 * would replace the object, so this middleware in front of it answers as S3 does. It also records
 * each PUT, so the test sees what the app asked for.
 */
async function objectStore(directory: string, port = 0) {
  const puts: Put[] = []
  const stored = new Set<string>()
  const start = async (onPort: number) => {
    const server = new S3rver({ port: onPort, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: BUCKET, configs: [] }] })
    ;(server as unknown as { middleware: Middleware[] }).middleware.unshift(async (ctx, next) => {
      if (ctx.method !== 'PUT') return next()
      const key = decodeURIComponent(ctx.path).replace(`/${BUCKET}/`, '')
      const ifNoneMatch = ctx.get('if-none-match') || undefined
      if (ifNoneMatch === '*' && stored.has(key)) {
        ctx.status = 412
        ctx.type = 'application/xml'
        ctx.body = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>'
      } else {
        await next()
        if (ctx.status === 200) stored.add(key)
      }
      puts.push({ key, ifNoneMatch, status: ctx.status })
    })
    const address = (await server.run()) as { port: number }
    return { server, port: address.port }
  }
  let running = await start(port)
  const endpoint = `http://127.0.0.1:${running.port}`
  return {
    endpoint,
    puts,
    stop: () => running.server.close(),
    restart: async () => {
      running = await start(running.port)
    },
  }
}

let payload: Payload
let store: Awaited<ReturnType<typeof objectStore>>
let folder: string
let instanceA: Server
let instanceB: Server
let s3: S3Client
let s3Env: Record<string, string>

async function listKeys(prefix: string): Promise<string[]> {
  const { Contents } = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }))
  return (Contents ?? []).map((object) => object.Key as string)
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

function fetchFrom(server: Server, route: string, init: RequestInit = {}) {
  return fetch(`${server.url}${route}`, { redirect: 'manual', ...init })
}

/** Why /api/ready says the server is not ready ('' when it is). */
async function readinessReason(server: Server): Promise<string> {
  const response = await fetchFrom(server, '/api/ready')
  return response.status === 200 ? '' : ((await response.json()).reason as string)
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

beforeAll(async () => {
  payload = await getTestPayload()
  folder = mkdtempSync(path.join(tmpdir(), 's3rver-'))
  store = await objectStore(folder)
  s3Env = { S3_BUCKET: BUCKET, S3_ENDPOINT: store.endpoint, S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: 'true', ...KEYS }
  const settings = storageSettingsFrom(s3Env)
  if (settings.kind !== 's3') throw new Error('expected S3 settings')
  s3 = new S3Client(settings.client)
  ;[instanceA, instanceB] = await Promise.all([
    startNextServer({ port: await freePort(), env: s3Env, quiet: true }),
    startNextServer({ port: await freePort(), env: s3Env, quiet: true }),
  ])
}, 240_000)

/**
 * The suite's other servers keep consent PDFs on disk and `audit:verify` checks every consent's PDF
 * there: the PDFs signed here are copied to that folder, as an operator moving back from the bucket would.
 */
async function copyBucketPdfsToDisk(): Promise<void> {
  const disk = fileStoreFrom({ kind: 'disk' }, { prefix: 'consent-pdfs', diskFolder: CONSENT_PDF_DIR, contentType: 'application/pdf' })
  for (const key of await listKeys('consent-pdfs/')) {
    const name = key.slice('consent-pdfs/'.length)
    if (!existsSync(path.join(CONSENT_PDF_DIR, name))) await disk.writeOnce(name, await objectBytes(key), 'application/pdf')
  }
}

afterAll(async () => {
  await Promise.all([instanceA?.stop(), instanceB?.stop()])
  if (s3) await copyBucketPdfsToDisk()
  await store?.stop()
  if (folder) rmSync(folder, { recursive: true, force: true })
})

describe('signed consent PDFs in the shared bucket', () => {
  let owner: TestPatient
  let ownerCookie: string
  let otherCookie: string
  let pdf: { id: number; filename: string; sha256: string; route: string }

  beforeAll(async () => {
    owner = await createTestPatient(payload, 'Bucket Owner')
    const other = await createTestPatient(payload, 'Bucket Other')
    ownerCookie = (await signInPatient(owner.email, TEST_PATIENT_PASSWORD)).cookie
    otherCookie = (await signInPatient(other.email, TEST_PATIENT_PASSWORD)).cookie
    const signed = await fetchFrom(instanceA, '/api/consents/sign', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: ownerCookie },
      body: JSON.stringify(await submissionFor(payload, owner)),
    })
    const body = await signed.json()
    expect(signed.status, JSON.stringify(body)).toBe(201)
    const record = (await payload.find({ collection: 'consent-pdfs', where: { consent: { equals: body.consent.id } }, depth: 0 })).docs[0]
    pdf = { id: record.id, filename: record.filename as string, sha256: record.sha256, route: new URL(body.consent.pdfUrl, instanceA.url).pathname }
  }, 60_000)

  it('the PDF lands in the bucket (with a conditional write), not on either server’s disk', async () => {
    expect(await listKeys('consent-pdfs/')).toContain(`consent-pdfs/${pdf.filename}`)
    expect(sha256(await objectBytes(`consent-pdfs/${pdf.filename}`))).toBe(pdf.sha256)
    expect(existsSync(path.join(CONSENT_PDF_DIR, pdf.filename))).toBe(false)
    expect(store.puts.find((put) => put.key === `consent-pdfs/${pdf.filename}`)).toEqual({ key: `consent-pdfs/${pdf.filename}`, ifNoneMatch: '*', status: 200 })
    expect(pdf.route).toBe(`/api/consent-pdfs/file/${pdf.filename}`)
  })

  it('signed on A, it downloads from B for its patient and for clinical staff, streamed through the app', async () => {
    const specialist = await signInStaff('specialist')
    for (const [server, headers] of [
      [instanceB, { Cookie: ownerCookie }],
      [instanceA, { Cookie: ownerCookie }],
      [instanceB, { Authorization: `JWT ${specialist}` }],
    ] as const) {
      const response = await fetchFrom(server, pdf.route, { headers })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
      expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(pdf.sha256)
    }
  })

  it('another patient and an anonymous caller get nothing through any route', async () => {
    const editor = await signInStaff('editor')
    const callers: [string, Record<string, string>][] = [
      ['anonymous', {}],
      ['another patient', { Cookie: otherCookie }],
      ['a content editor', { Authorization: `JWT ${editor}` }],
    ]
    for (const [who, headers] of callers) {
      for (const server of [instanceA, instanceB]) {
        for (const route of [pdf.route, `/api/consent-pdfs/${pdf.id}`, `/api/consent-pdfs/file/${pdf.filename}?download=true`]) {
          const response = await fetchFrom(server, route, { headers })
          expect([401, 403, 404], `${who} ${route}: ${response.status}`).toContain(response.status)
          expect(response.headers.get('location')).toBeNull()
        }
        const list = await fetchFrom(server, '/api/consent-pdfs?limit=100', { headers })
        if (list.status === 200) expect((await list.json()).docs.map((doc: { id: number }) => doc.id)).not.toContain(pdf.id)
        else expect([401, 403]).toContain(list.status)
      }
    }
  })

  it('an overwrite is refused: over HTTP, by the store, and the bucket keeps the signed bytes', async () => {
    const admin = await signInStaff('admin')
    const form = new FormData()
    form.append('file', new Blob([Buffer.from('%PDF-1.4 forged')], { type: 'application/pdf' }), pdf.filename)
    form.append('_payload', JSON.stringify({ sha256: 'forged' }))
    for (const method of ['PATCH', 'DELETE'] as const) {
      const response = await fetchFrom(instanceB, `/api/consent-pdfs/${pdf.id}`, { method, headers: { Authorization: `JWT ${admin}` }, body: method === 'PATCH' ? form : undefined })
      expect(response.status).toBe(403)
    }
    const created = await fetchFrom(instanceA, '/api/consent-pdfs', { method: 'POST', headers: { Authorization: `JWT ${admin}` }, body: form })
    expect(created.status).toBe(403)

    // The store itself, as the app's code would reach it: the conditional write is refused with 412.
    const bucket = fileStoreFrom(storageSettingsFrom(s3Env), { prefix: 'consent-pdfs', diskFolder: folder, contentType: 'application/pdf' })
    await expect(bucket.writeOnce(pdf.filename, Buffer.from('%PDF-1.4 forged'), 'application/pdf')).rejects.toBeInstanceOf(AlreadyStoredError)
    expect(store.puts.at(-1)).toEqual({ key: `consent-pdfs/${pdf.filename}`, ifNoneMatch: '*', status: 412 })
    expect(sha256(await objectBytes(`consent-pdfs/${pdf.filename}`))).toBe(pdf.sha256)
    expect((await listKeys('consent-pdfs/')).filter((key) => key.includes(pdf.filename))).toHaveLength(1)
  })

  it('signing the same consent again on B stores no second PDF', async () => {
    const before = await listKeys('consent-pdfs/')
    const again = await fetchFrom(instanceB, '/api/consents/sign', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: ownerCookie },
      body: JSON.stringify(await submissionFor(payload, owner)),
    })
    expect(again.status).toBe(200)
    expect(await listKeys('consent-pdfs/')).toEqual(before)
  })
})

describe('images through Payload’s S3 adapter', () => {
  it('an editor’s upload on A goes to the bucket under media/ and anyone downloads it from B', async () => {
    const editor = await signInStaff('editor')
    const png = Buffer.from(TINY_PNG.split(',')[1], 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), `bucket-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'A one-pixel test image' }))
    const created = await fetchFrom(instanceA, '/api/media', { method: 'POST', headers: { Authorization: `JWT ${editor}` }, body: form })
    const body = await created.json()
    expect(created.status, JSON.stringify(body)).toBe(201)
    const filename = body.doc.filename as string
    expect(await listKeys('media/')).toContain(`media/${filename}`)
    // Served by the app, not the bucket.
    expect(new URL(body.doc.url, instanceA.url).pathname).toBe(`/api/media/file/${filename}`)
    expect(body.doc.url).not.toContain(store.endpoint)

    const image = await fetchFrom(instanceB, `/api/media/file/${filename}`)
    expect(image.status).toBe(200)
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true)
    expect((await fetchFrom(instanceB, '/api/media/file/no-such-image.png')).status).toBe(404)
  })
})

describe('a bucket that stops answering', () => {
  it('/api/ready names it and a download answers 503 with Retry-After; both recover without a restart', async () => {
    const patient = await createTestPatient(payload, 'Bucket Outage')
    const cookie = (await signInPatient(patient.email, TEST_PATIENT_PASSWORD)).cookie
    const signed = await fetchFrom(instanceA, '/api/consents/sign', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(await submissionFor(payload, patient)),
    })
    expect(signed.status).toBe(201)
    const route = new URL((await signed.json()).consent.pdfUrl, instanceA.url).pathname

    // (Under `npm test -- --push` these servers also report the migrations a pushed schema never records.)
    expect(await readinessReason(instanceA)).not.toMatch(/object storage/)
    await store.stop()
    try {
      const ready = await fetchFrom(instanceA, '/api/ready')
      expect(ready.status).toBe(503)
      expect((await ready.json()).reason).toMatch(/(^|; )object storage unreachable$/)
      const download = await fetchFrom(instanceB, route, { headers: { Cookie: cookie } })
      expect(download.status).toBe(503)
      expect(Number(download.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await fetchFrom(instanceA, '/api/health')).status).toBe(200)
    } finally {
      await store.restart()
    }
    expect(await readinessReason(instanceA)).not.toMatch(/object storage/)
    expect((await fetchFrom(instanceB, route, { headers: { Cookie: cookie } })).status).toBe(200)
  }, 60_000)
})
