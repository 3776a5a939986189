/** SHA-256 with the Web Crypto API: the same code in Node 20+ and in browsers (secure contexts). */

function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) throw new Error('SHA-256 needs the Web Crypto API (crypto.subtle), which is missing here.')
  return subtle
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await subtleCrypto().digest('SHA-256', new TextEncoder().encode(text))
  return toHex(new Uint8Array(digest))
}
