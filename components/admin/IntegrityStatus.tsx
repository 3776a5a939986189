import type { Payload, TypedUser } from 'payload'

import { hasRole } from '@/payload/access'
import { integrityReport } from '@/payload/integrity'

/**
 * Under the admin dashboard, for admins only: whether the audit log and the signed consents still
 * match their hash chains (and PDFs their SHA-256), or the first record that no longer does.
 */
export async function IntegrityStatus({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!hasRole(user ?? null, 'admin')) return null
  const report = await integrityReport(payload).catch(() => null)
  const summary = report?.summary ?? 'The audit log could not be verified: the database did not answer.'
  return (
    <section aria-labelledby="integrity-heading" style={{ marginTop: 'calc(var(--base) * 2)' }}>
      <h2 id="integrity-heading">Audit log and signed consents</h2>
      <p data-integrity={report?.ok ? 'ok' : 'failed'} role={report?.ok ? undefined : 'alert'}>
        {report?.ok ? '✓ ' : '✗ '}
        {summary}
      </p>
    </section>
  )
}
