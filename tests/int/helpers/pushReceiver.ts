/**
 * A stand-in push service and the browser behind it: it holds a subscription's private key and
 * auth secret, accepts pushes over HTTP and decrypts them as a browser does (RFC 8291 message
 * encryption, RFC 8188 aes128gcm), with nothing but node:crypto. It also checks the VAPID signature
 * (RFC 8292) against the server's public key.
 */
import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedPush = { path: string; text: string; vapid: { audience: string; publicKey: string; signatureValid: boolean } }

const b64url = (buffer: Buffer) => buffer.toString('base64url')

function decryptAes128gcm(body: Buffer, browser: { privateEcdh: ReturnType<typeof createECDH>; publicKey: Buffer; authSecret: Buffer }): string {
  const salt = body.subarray(0, 16)
  const idLength = body.readUInt8(20)
  const serverPublicKey = body.subarray(21, 21 + idLength)
  const ciphertext = body.subarray(21 + idLength)
  // RFC 8291 §3.3-3.4: the input keying material from the ECDH secret, the auth secret and both public keys.
  const ecdhSecret = browser.privateEcdh.computeSecret(serverPublicKey)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browser.publicKey, serverPublicKey])
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, browser.authSecret, keyInfo, 32))
  // RFC 8188 §2.2-2.3: content-encryption key and nonce from the salt.
  const key = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16))
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12))
  const decipher = createDecipheriv('aes-128-gcm', key, nonce)
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16))
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()])
  // One record: the text, the last-record delimiter 0x02, then zero padding.
  let end = padded.length - 1
  while (end > 0 && padded[end] === 0) end--
  if (padded[end] !== 2) throw new Error('The push record has no last-record delimiter.')
  return padded.subarray(0, end).toString('utf8')
}

function checkVapid(header: string, origin: string): ReceivedPush['vapid'] {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header)
  if (!match) return { audience: '', publicKey: '', signatureValid: false }
  const [headerPart, claimsPart, signature] = match[1].split('.')
  const claims = JSON.parse(Buffer.from(claimsPart, 'base64url').toString('utf8')) as { aud: string; exp: number }
  const point = Buffer.from(match[2], 'base64url')
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33, 65)) }, format: 'jwk' })
  const signatureValid =
    claims.aud === origin &&
    claims.exp * 1000 > Date.now() &&
    verify('sha256', Buffer.from(`${headerPart}.${claimsPart}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))
  return { audience: claims.aud, publicKey: match[2], signatureValid }
}

export type PushReceiver = {
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } }
  received: ReceivedPush[]
  close(): Promise<void>
}

/** Starts the receiver on a free local port, with a fresh P-256 key pair and auth secret. */
export async function startPushReceiver(): Promise<PushReceiver> {
  const privateEcdh = createECDH('prime256v1')
  const publicKey = privateEcdh.generateKeys()
  const authSecret = randomBytes(16)
  const received: ReceivedPush[] = []
  let origin = ''
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      try {
        if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error('Not aes128gcm')
        const text = decryptAes128gcm(Buffer.concat(chunks), { privateEcdh, publicKey, authSecret })
        received.push({ path: request.url ?? '', text, vapid: checkVapid(String(request.headers.authorization ?? ''), origin) })
        response.writeHead(201).end()
      } catch (error) {
        response.writeHead(400).end(String(error))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    subscription: { endpoint: `${origin}/push/${b64url(randomBytes(8))}`, keys: { p256dh: b64url(publicKey), auth: b64url(authSecret) } },
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
