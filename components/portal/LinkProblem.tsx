import Link from 'next/link'

import { telHref } from '@/lib/text/phone-numbers'

export const LINK_PROBLEM_TITLE = 'This link has expired or has already been used'

/**
 * What to do when an invite or reset link no longer works: links work once, for 72 hours.
 * Used by the page (checked before the form is shown) and by the form (the server said so).
 */
export function LinkProblemAdvice({ phone }: { phone: string }) {
  return (
    <>
      <p>Links from the clinic work once, for 72 hours. To get a new one:</p>
      <ul>
        <li>
          call the clinic on <a href={telHref(phone)}>{phone}</a> and ask for a new invitation, or
        </li>
        <li>
          if you have set up your account before, <Link href="/portal/forgot-password">ask for a new link by email</Link>.
        </li>
      </ul>
      <p>
        Already chose your password? <Link href="/portal/sign-in">Sign in</Link>.
      </p>
    </>
  )
}
