import { formatDate } from '@/lib/dates'
import { portalPaths } from '@/lib/paths'
import type { ConsentStatus } from '@/lib/consent'
import type { PortalTodo } from '../portalTodo'

/** The dashboard's consent to-do: to sign, signed on DATE, withdrawn on DATE, or new version to sign. */
export function consentTodo(appointmentId: number, status: ConsentStatus): PortalTodo {
  const base = { key: 'consent', href: portalPaths.consent(appointmentId) }
  switch (status.kind) {
    case 'signed':
      return { ...base, label: 'Your consent form', done: true, statusText: `Signed on ${formatDate(new Date(status.signedAt))}` }
    case 'new-version':
      return { ...base, label: 'Sign the updated consent form', done: false, statusText: 'New version to sign' }
    case 'withdrawn':
      return { ...base, label: 'Your consent form', done: false, statusText: `Withdrawn on ${formatDate(new Date(status.withdrawnAt))}` }
    default:
      return { ...base, label: 'Sign your consent form', done: false, statusText: 'To sign' }
  }
}
