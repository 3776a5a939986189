/**
 * A folder of files that are written once and never replaced: on this server's disk, or under a
 * prefix of an S3 bucket that every instance reaches. Names are plain file names (no folders): what
 * Payload stores in the `filename` column.
 */
import { createReadStream } from 'node:fs'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { storageSettings, type StorageSettings } from './settings'

export type StoredFile = { body: Readable; size: number; contentType: string }

export interface FileStore {
  /** Where the files are, for messages: a folder or s3://bucket/prefix/. */
  readonly where: string
  /** Stores a new file; refuses (AlreadyStoredError) when the name is taken, never replacing what is there. */
  writeOnce(name: string, bytes: Buffer, contentType: string): Promise<void>
  /** The file as a stream with its size and type, or null when there is none of that name. */
  open(name: string): Promise<StoredFile | null>
  read(name: string): Promise<Buffer | null>
}

export class AlreadyStoredError extends Error {
  constructor(name: string) {
    super(`A file named ${name} is already stored; stored files are never replaced.`)
    this.name = 'AlreadyStoredError'
  }
}

/** A plain file name, or null: nothing here reaches outside its folder or prefix. */
function plainName(name: string): string | null {
  return name && name === path.basename(name) && name !== '.' && name !== '..' && !name.includes('\\') ? name : null
}

function diskStore(folder: string, contentType: string): FileStore {
  const fileOf = (name: string) => {
    const plain = plainName(name)
    return plain ? path.join(folder, plain) : null
  }
  return {
    where: folder,
    async writeOnce(name, bytes) {
      const file = fileOf(name)
      if (!file) throw new Error(`Not a plain file name: ${name}`)
      await mkdir(folder, { recursive: true })
      // 'wx': the operating system refuses to open a file that exists, so two writers cannot both win.
      await writeFile(file, bytes, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'EEXIST' ? new AlreadyStoredError(name) : error
      })
    },
    async open(name) {
      const file = fileOf(name)
      const stats = file ? await stat(file).catch(() => null) : null
      if (!file || !stats?.isFile()) return null
      return { body: createReadStream(file), size: stats.size, contentType }
    },
    async read(name) {
      const file = fileOf(name)
      return file ? readFile(file).catch(() => null) : null
    },
  }
}

function missing(error: unknown): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404
}

/** 412: the key exists (If-None-Match: *); 409: another conditional write to the key is under way. */
function refusedAsExisting(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
  return status === 412 || status === 409
}

function s3Store(client: S3Client, bucket: string, prefix: string): FileStore {
  const keyOf = (name: string) => {
    const plain = plainName(name)
    return plain ? `${prefix}/${plain}` : null
  }
  return {
    where: `s3://${bucket}/${prefix}/`,
    async writeOnce(name, bytes, contentType) {
      const key = keyOf(name)
      if (!key) throw new Error(`Not a plain file name: ${name}`)
      // A conditional write: the store itself refuses a key that exists, also between two instances.
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType, IfNoneMatch: '*' })).catch((error) => {
        throw refusedAsExisting(error) ? new AlreadyStoredError(name) : error
      })
    },
    async open(name) {
      const key = keyOf(name)
      if (!key) return null
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
        if (!(object.Body instanceof Readable)) throw new Error('The object store answered without a readable body.')
        return { body: object.Body, size: object.ContentLength ?? 0, contentType: object.ContentType ?? 'application/octet-stream' }
      } catch (error) {
        if (missing(error)) return null
        throw error
      }
    },
    async read(name) {
      const file = await this.open(name)
      if (!file) return null
      const chunks: Buffer[] = []
      for await (const chunk of file.body) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
  }
}

const clients = new WeakMap<StorageSettings, S3Client>()

/** One S3 client per settings, so one per process (its keep-alive connections serve every request). */
function s3Client(settings: Extract<StorageSettings, { kind: 's3' }>): S3Client {
  let client = clients.get(settings)
  if (!client) clients.set(settings, (client = new S3Client(settings.client)))
  return client
}

type StoreOptions = { prefix: string; diskFolder: string; contentType: string }

/** The store for `settings`: `diskFolder`, or `prefix/` in the bucket. */
export function fileStoreFrom(settings: StorageSettings, { prefix, diskFolder, contentType }: StoreOptions): FileStore {
  return settings.kind === 's3' ? s3Store(s3Client(settings), settings.bucket, prefix) : diskStore(diskFolder, contentType)
}

/**
 * The store for one kind of file: `diskFolder` on this server, or `prefix/` in the configured bucket.
 * `contentType`: what the disk store answers for its files (the bucket keeps each object's own).
 */
export function fileStore(options: StoreOptions): FileStore {
  return fileStoreFrom(storageSettings(), options)
}

export type StorageReadiness = { ready: true } | { ready: false; reason: string }

/** The bucket answers (HEAD) within `timeoutMs`; always ready when files stay on this disk. */
export async function checkObjectStorage(timeoutMs = 2_000): Promise<StorageReadiness> {
  const settings = storageSettings()
  if (settings.kind === 'disk') return { ready: true }
  try {
    await s3Client(settings).send(new HeadBucketCommand({ Bucket: settings.bucket }), { abortSignal: AbortSignal.timeout(timeoutMs) })
    return { ready: true }
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    if (status === 404) return { ready: false, reason: `object storage bucket ${settings.bucket} does not exist` }
    if (status === 403 || status === 401) return { ready: false, reason: `object storage refuses these credentials for bucket ${settings.bucket}` }
    return { ready: false, reason: 'object storage unreachable' }
  }
}
