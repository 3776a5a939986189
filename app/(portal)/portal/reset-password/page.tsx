import type { Metadata } from 'next'

import { ChoosePasswordPage } from '@/components/portal/ChoosePasswordPage'

export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams
  return <ChoosePasswordPage purpose="reset" token={Array.isArray(token) ? token[0] : token} />
}
