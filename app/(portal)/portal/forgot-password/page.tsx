import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { ForgotPasswordForm } from '@/components/portal/ForgotPasswordForm'
import { PortalLanguageLinks } from '@/components/portal/PortalLanguageLinks'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('forgotPassword'))('meta') }
}

export default async function ForgotPasswordPage() {
  const [t, locale] = await Promise.all([getTranslations('forgotPassword'), getLocale()])
  return (
    <>
      <PortalLanguageLinks locale={locale} path="/portal/forgot-password" />
      <PortalPageHeader title={t('title')} />
      <p>{t('intro')}</p>
      <ForgotPasswordForm />
    </>
  )
}
