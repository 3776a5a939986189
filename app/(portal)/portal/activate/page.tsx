import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ChoosePasswordPage } from '@/components/portal/ChoosePasswordPage'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('choosePassword'))('activateMeta'), referrer: 'no-referrer' }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function ActivatePage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams
  return <ChoosePasswordPage purpose="activate" token={Array.isArray(token) ? token[0] : token} />
}
