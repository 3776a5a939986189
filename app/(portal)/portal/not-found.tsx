import Link from 'next/link'

import { PortalPageHeader } from '@/components/portal/PortalPageHeader'

/** Shown for an address that does not exist, and for an appointment that is not the patient's own (the two look the same). */
export default function PortalNotFound() {
  return (
    <>
      <PortalPageHeader title="Page not found" />
      <p>We cannot find that page. The address may be mistyped, or the page may no longer exist.</p>
      <ul className="link-list">
        <li>
          <Link href="/portal" prefetch={false}>
            Go to your appointments
          </Link>
        </li>
        <li>
          <Link href="/portal/sign-in">Sign in to the patient portal</Link>
        </li>
      </ul>
    </>
  )
}
