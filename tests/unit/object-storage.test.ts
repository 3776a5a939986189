import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { storageSettingsFrom } from '@/payload/storage/settings'
import { AlreadyStoredError, fileStoreFrom } from '@/payload/storage/store'

describe('storage settings from the environment', () => {
  it('keeps files on this disk when no S3_ variable is set', () => {
    expect(storageSettingsFrom({ DATABASE_URL: 'postgres://x' })).toEqual({ kind: 'disk' })
    expect(storageSettingsFrom({ S3_BUCKET: '' })).toEqual({ kind: 'disk' })
  })

  it('reads a complete S3 configuration', () => {
    const settings = storageSettingsFrom({
      S3_BUCKET: 'clinic-files',
      S3_REGION: 'eu-west-2',
      S3_ENDPOINT: 'https://minio.internal:9000',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    })
    expect(settings).toMatchObject({
      kind: 's3',
      bucket: 'clinic-files',
      client: { region: 'eu-west-2', endpoint: 'https://minio.internal:9000', forcePathStyle: true, credentials: { accessKeyId: 'id', secretAccessKey: 'secret' } },
    })
  })

  it('leaves the keys to the SDK (a role) when neither is set, and uses virtual-host addressing by default', () => {
    const settings = storageSettingsFrom({ S3_BUCKET: 'clinic-files', S3_REGION: 'eu-west-2' })
    expect(settings).toMatchObject({ kind: 's3', client: { forcePathStyle: false, credentials: undefined } })
    expect(settings.kind === 's3' && 'endpoint' in settings.client).toBe(false)
  })

  it('refuses a half-filled configuration, naming what to fix', () => {
    expect(() => storageSettingsFrom({ S3_BUCKET: 'clinic-files' })).toThrow(/S3_REGION is not set/)
    expect(() => storageSettingsFrom({ S3_ENDPOINT: 'https://s3.example' })).toThrow(/S3_BUCKET is not set/)
    expect(() => storageSettingsFrom({ S3_BUCKET: 'Clinic_Files', S3_REGION: 'x' })).toThrow(/not a valid bucket name/)
    expect(() => storageSettingsFrom({ S3_BUCKET: 'b-1', S3_REGION: 'x', S3_ENDPOINT: 'ftp://x' })).toThrow(/http\(s\) address/)
    expect(() => storageSettingsFrom({ S3_BUCKET: 'b-1', S3_REGION: 'x', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/true or false/)
    expect(() => storageSettingsFrom({ S3_BUCKET: 'b-1', S3_REGION: 'x', S3_ACCESS_KEY_ID: 'id' })).toThrow(/both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/)
  })
})

describe('the disk store', () => {
  const folders: string[] = []
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })))
  function store() {
    const folder = mkdtempSync(path.join(tmpdir(), 'file-store-'))
    folders.push(folder)
    return { folder, store: fileStoreFrom({ kind: 'disk' }, { prefix: 'consent-pdfs', diskFolder: path.join(folder, 'pdfs'), contentType: 'application/pdf' }) }
  }

  it('writes a file once and refuses to replace it, keeping the first bytes', async () => {
    const { folder, store: pdfs } = store()
    await pdfs.writeOnce('consent-1.pdf', Buffer.from('first'), 'application/pdf')
    await expect(pdfs.writeOnce('consent-1.pdf', Buffer.from('second'), 'application/pdf')).rejects.toBeInstanceOf(AlreadyStoredError)
    expect(readFileSync(path.join(folder, 'pdfs', 'consent-1.pdf'), 'utf8')).toBe('first')
    expect((await pdfs.read('consent-1.pdf'))?.toString()).toBe('first')
    const opened = await pdfs.open('consent-1.pdf')
    expect(opened).toMatchObject({ size: 5, contentType: 'application/pdf' })
    const chunks: Buffer[] = []
    for await (const chunk of opened!.body) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).toString()).toBe('first')
  })

  it('of two writers racing for one name, exactly one wins', async () => {
    const { store: pdfs } = store()
    const results = await Promise.allSettled(['a', 'b', 'c'].map((text) => pdfs.writeOnce('race.pdf', Buffer.from(text), 'application/pdf')))
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
  })

  it('answers null for a missing file and for a name that leaves its folder', async () => {
    const { store: pdfs } = store()
    expect(await pdfs.open('missing.pdf')).toBeNull()
    expect(await pdfs.read('../etc/passwd')).toBeNull()
    expect(await pdfs.open('..')).toBeNull()
    await expect(pdfs.writeOnce('../escape.pdf', Buffer.from('x'), 'application/pdf')).rejects.toThrow(/plain file name/)
  })
})
