/**
 * The caller's address, from `x-forwarded-for`. Each proxy appends the address it received the request
 * from, so with TRUSTED_PROXY_HOPS proxies in front of the app the client is the entry that many places
 * from the right; anything further left was written by the client and is ignored.
 *
 * Without a proxy (0, the default) Next.js fills the header with the socket address only when the
 * request has none, so a client can choose what is recorded: production belongs behind a proxy that
 * appends the address, with TRUSTED_PROXY_HOPS set (README, "Production").
 */
export function clientIp(headers: Headers, trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0)): string | null {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (chain.length > 0) return chain[Math.max(0, chain.length - Math.max(1, trustedProxyHops))]
  return headers.get('x-real-ip')
}
