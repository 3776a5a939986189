import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { LanguageForm } from '@/components/portal/LanguageForm'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { localeOfPatient } from '@/payload/i18n/locale'
import { requirePatient } from '@/payload/queries/portal'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('language'))('meta') }
}

/** The patient chooses the language of their portal, emails, reminders and calendar files. */
export default async function LanguagePage() {
  const patient = await requirePatient()
  const t = await getTranslations('language')
  return (
    <>
      <PortalPageHeader title={t('title')} />
      <p>{t('intro')}</p>
      <LanguageForm language={localeOfPatient(patient)} />
    </>
  )
}
