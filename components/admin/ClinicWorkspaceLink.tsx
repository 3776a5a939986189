import type { TypedUser } from 'payload'

import { hasRole } from '@/payload/access'

/**
 * For specialists and admins: the way from /admin to the clinic workspace, where diaries are reviewed.
 * In the side navigation and on the dashboard (the navigation is folded away on small screens).
 */
export function ClinicWorkspaceLink({ user }: { user?: TypedUser | null }) {
  if (!hasRole(user ?? null, 'admin', 'specialist')) return null
  return (
    <p className="clinic-workspace-link">
      {/* A plain link: /clinic is another app area, not an admin route. */}
      <a href="/clinic">Open the clinic workspace</a>
    </p>
  )
}
