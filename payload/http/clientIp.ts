/**
 * The caller's address, from `x-forwarded-for`. Each proxy appends the address it received the request
 * from, and so does this app's own server (`scripts/serve.ts`, see `withPeerAppended`): the last entry
 * is always the socket's peer. With TRUSTED_PROXY_HOPS proxies in front of the app, the client is the
 * entry that many places left of it; anything further left was written by the client and is ignored.
 * Without a proxy (0, the default) the client's own socket address is used, whatever headers it sent.
 */
export function clientIp(headers: Headers, trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0)): string | null {
  const chain = forwardedChain(headers.get('x-forwarded-for'))
  if (chain.length === 0) return null
  const hops = Number.isInteger(trustedProxyHops) && trustedProxyHops > 0 ? trustedProxyHops : 0
  return chain[Math.max(0, chain.length - 1 - hops)]
}

function forwardedChain(header: string | null | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
}

/**
 * `x-forwarded-for` with the socket's peer appended, as a proxy would. The server sets this on every
 * request before Next.js sees it (Next only fills the header in when the client sent none, which let a
 * client choose the address recorded in audit events and consents and reset the per-IP sign-in limit).
 */
export function withPeerAppended(header: string | string[] | undefined, peer: string | undefined): string {
  const chain = forwardedChain(Array.isArray(header) ? header.join(',') : header)
  return [...chain, normalisePeer(peer)].join(', ')
}

/** IPv4 peers on a dual-stack socket arrive as `::ffff:1.2.3.4`. */
function normalisePeer(peer: string | undefined): string {
  if (!peer) return 'unknown'
  return peer.startsWith('::ffff:') && peer.includes('.') ? peer.slice('::ffff:'.length) : peer
}
