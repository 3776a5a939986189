/**
 * The network address a consent was signed from, as a reader of the record understands it. The
 * server stores what the socket or trusted proxy reported; IPv6 sockets report IPv4 callers as
 * "::ffff:a.b.c.d", and a signature made on the server machine itself shows as loopback.
 */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i

/** "::ffff:192.0.2.7" → "192.0.2.7"; anything else unchanged (trimmed, IPv6 in lower case). */
export function unwrapMappedAddress(address: string): string {
  const trimmed = address.trim()
  const mapped = IPV4_MAPPED.exec(trimmed)
  if (mapped) return mapped[1]
  return trimmed.includes(':') ? trimmed.toLowerCase() : trimmed
}

function ipv4Octets(address: string): number[] | null {
  const match = IPV4.exec(address)
  if (!match) return null
  const octets = match.slice(1).map(Number)
  return octets.every((octet) => octet <= 255) ? octets : null
}

function isLoopback(address: string): boolean {
  if (address === '::1') return true
  return ipv4Octets(address)?.[0] === 127
}

function isPrivate(address: string): boolean {
  const octets = ipv4Octets(address)
  if (octets) {
    const [a, b] = octets
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
  }
  return /^f[cd][0-9a-f]{2}:/.test(address)
}

/**
 * "203.0.113.7", "10.0.4.2 (a private address inside a local network)", "127.0.0.1 (loopback: …)",
 * or "Not recorded".
 */
export function describeNetworkAddress(address: string | null | undefined): string {
  if (!address?.trim()) return 'Not recorded'
  const readable = unwrapMappedAddress(address)
  if (isLoopback(readable)) return `${readable} (loopback: signed on the portal's own server, so no outside network address exists)`
  if (isPrivate(readable)) return `${readable} (a private address inside a local network)`
  return readable
}
