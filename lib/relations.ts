/**
 * The id behind a relationship value as Payload returns it: a number at depth 0, the related
 * document at depth 1 or more, a numeric string from a form. Null when there is none.
 */
export function relationId(value: unknown): number | null {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  if (typeof id === 'number') return Number.isInteger(id) && id > 0 ? id : null
  return typeof id === 'string' && /^[1-9]\d*$/.test(id) ? Number(id) : null
}
