import { serverUrl } from '../env'

/**
 * Whether the browser reached us over https: the public address is https, or a trusted proxy says so.
 * Each proxy appends the scheme it received, like `x-forwarded-for`, so with TRUSTED_PROXY_HOPS
 * proxies the client's scheme is the entry that many places from the right; without a trusted proxy
 * the header is the client's own word and is ignored.
 */
export function servedOverHttps(
  headers: { get(name: string): string | null },
  { publicUrl = serverUrl(), trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0) } = {},
): boolean {
  if (publicUrl.startsWith('https://')) return true
  if (!(trustedProxyHops > 0)) return false
  const chain = (headers.get('x-forwarded-proto') ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)
  return chain.length >= trustedProxyHops && chain[chain.length - trustedProxyHops] === 'https'
}
