/**
 * The caller's address. Next.js appends the socket address to `x-forwarded-for`, so the right-most
 * entries are the trustworthy ones; TRUSTED_PROXY_HOPS says how many proxies sit in front of the app
 * (0 by default: use the last entry). Anything left of that is client-supplied and ignored.
 */
export function clientIp(headers: Headers): string | null {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0)
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (chain.length > 0) return chain[Math.max(0, chain.length - 1 - hops)]
  return headers.get('x-real-ip')
}
