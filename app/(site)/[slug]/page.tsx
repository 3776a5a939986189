import type { Metadata } from 'next'

import { ContentPage, contentPageMetadata, contentPageSlugs } from '@/components/site/pages/ContentPage'

export const revalidate = 300
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export function generateStaticParams() {
  return contentPageSlugs()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentPageMetadata((await params).slug, 'en')
}

export default async function Page({ params }: Props) {
  return <ContentPage slug={(await params).slug} locale="en" />
}
