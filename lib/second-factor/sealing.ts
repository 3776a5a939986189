import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/** Server-only: Node's crypto. AES-256-GCM with a key derived (HKDF-SHA256) from the server secret. */
const VERSION = 'v1'
const INFO = 'staff second factor: TOTP secret'

function keyFrom(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, Buffer.alloc(0), INFO, 32))
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url: reading the database alone does not yield the secret. */
export function sealSecret(plain: string, serverSecret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(serverSecret), iv)
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.')
}

/** The plain secret, or an error when the value was changed or sealed with another server secret. */
export function openSecret(sealed: string, serverSecret: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || !ciphertext) throw new Error('Not a sealed second-factor secret.')
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(serverSecret), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8')
}
