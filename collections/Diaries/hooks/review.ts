export type Review = { decision?: string | null; note?: string | null; reviewedBy?: unknown; reviewedAt?: string | null } | null | undefined

export const decided = (review: Review) => Boolean(review?.decision)

export function reviewChanged(before: Review, after: Review): boolean {
  return (before?.decision ?? null) !== (after?.decision ?? null) || (before?.note ?? '') !== (after?.note ?? '')
}
