/**
 * The path to redirect to after entering or leaving preview, or null. Accepts only a path of this
 * site: it starts with exactly one "/" (never "//host" or "/\host", which browsers treat as another
 * site), has no control characters, and resolves to the same origin.
 */
export function safeSitePath(value: string | null, origin: string): string | null {
  if (!value || value.length > 2048) return null
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null
  try {
    const url = new URL(value, origin)
    if (url.origin !== origin) return null
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return null
  }
}
