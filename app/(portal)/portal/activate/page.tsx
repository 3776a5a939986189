import type { Metadata } from 'next'

import { ChoosePasswordPage } from '@/components/portal/ChoosePasswordPage'

export const metadata: Metadata = { title: 'Set up your account', referrer: 'no-referrer' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function ActivatePage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams
  return <ChoosePasswordPage purpose="activate" token={Array.isArray(token) ? token[0] : token} />
}
