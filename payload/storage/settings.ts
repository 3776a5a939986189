/**
 * Where uploaded files live, read from the environment once. Without `S3_BUCKET` they stay on this
 * server's disk under `.data/` (one instance, nothing else to run); with it, every instance reads and
 * writes the same S3-compatible bucket. A half-filled configuration is refused with what is missing,
 * rather than quietly falling back to the disk of one instance.
 */
import type { S3ClientConfig } from '@aws-sdk/client-s3'

import { z } from '../../lib/zod'

export type StorageSettings = { kind: 'disk' } | { kind: 's3'; bucket: string; client: S3ClientConfig }

const flag = z.enum(['true', 'false'], { error: 'S3_FORCE_PATH_STYLE must be true or false.' })

const s3Environment = z.object({
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET is not a valid bucket name (3–63 lower-case letters, digits, dots and hyphens).'),
  S3_REGION: z.string().min(1, 'S3_REGION is not set (for example eu-west-2; most S3-compatible servers accept us-east-1).'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'S3_ENDPOINT must be an http(s) address, such as https://s3.eu-west-2.amazonaws.com.' }).optional(),
  S3_FORCE_PATH_STYLE: flag.optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
})

type Environment = Record<string, string | undefined>

/** Keys come as a pair or not at all (without them the AWS SDK looks for a role or profile). */
function credentialsOf(env: z.infer<typeof s3Environment>): S3ClientConfig['credentials'] {
  if (!env.S3_ACCESS_KEY_ID && !env.S3_SECRET_ACCESS_KEY) return undefined
  if (!env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) {
    throw new Error('Object storage: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the server’s role).')
  }
  return { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
}

/** The storage settings in `env`, or an error naming what to fix. */
export function storageSettingsFrom(env: Environment): StorageSettings {
  const named = Object.keys(env).filter((name) => name.startsWith('S3_') && env[name])
  if (named.length === 0) return { kind: 'disk' }
  const values = Object.fromEntries(named.map((name) => [name, env[name]]))
  const parsed = s3Environment.safeParse(values)
  if (!parsed.success) {
    const missing = parsed.error.issues.map((issue) => (issue.code === 'invalid_type' ? `${String(issue.path[0])} is not set.` : issue.message))
    throw new Error(`Object storage is half configured: ${missing.join(' ')}`)
  }
  const s3 = parsed.data
  return {
    kind: 's3',
    bucket: s3.S3_BUCKET,
    client: {
      region: s3.S3_REGION,
      ...(s3.S3_ENDPOINT ? { endpoint: s3.S3_ENDPOINT } : {}),
      forcePathStyle: s3.S3_FORCE_PATH_STYLE === 'true',
      credentials: credentialsOf(s3),
      // Checksums only where S3 requires them: many S3-compatible servers refuse the SDK's newer
      // default (streamed CRC32 trailers). Each consent PDF's own SHA-256 is kept in the database.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A store that does not answer fails the request within seconds instead of holding it.
      maxAttempts: 2,
      requestHandler: {
        connectionTimeout: 3_000,
        requestTimeout: 30_000,
        httpAgent: { keepAlive: true, maxSockets: 50 },
        httpsAgent: { keepAlive: true, maxSockets: 50 },
      },
    },
  }
}

let settings: StorageSettings | undefined

/** This process's storage settings (read from process.env on first use). */
export function storageSettings(): StorageSettings {
  settings ??= storageSettingsFrom(process.env)
  return settings
}
