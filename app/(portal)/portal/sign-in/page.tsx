import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { Notice } from '@/components/portal/Notice'
import { ForgetOfflinePages } from '@/components/portal/offline/ForgetOfflinePages'
import { PortalLanguageLinks } from '@/components/portal/PortalLanguageLinks'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { SignInForm } from '@/components/portal/SignInForm'
import { signInErrorKey } from '@/components/portal/signInMessages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('meta') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const [t, locale] = await Promise.all([getTranslations('signIn'), getLocale()])
  const signedOut = first(params.signedOut) === '1'
  const idle = first(params.reason) === 'idle'
  return (
    <>
      <PortalLanguageLinks locale={locale} path="/portal/sign-in" />
      <PortalPageHeader title={t('title')} />
      {signedOut && (
        <Notice kind="success" role="status">
          <p>{t('signedOut')}</p>
        </Notice>
      )}
      {idle && (
        <Notice role="status">
          <p>{t('idle')}</p>
        </Notice>
      )}
      <p>{t('intro')}</p>
      <SignInForm initialError={signInErrorKey(first(params.error))} />
      <ForgetOfflinePages />
      <h2>{t('newHeading')}</h2>
      <p>{t('newText')}</p>
    </>
  )
}
