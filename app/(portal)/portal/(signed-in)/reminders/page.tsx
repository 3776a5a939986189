import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { PushDeviceToggle } from '@/components/portal/PushDeviceToggle'
import { ReminderPreferencesForm } from '@/components/portal/ReminderPreferencesForm'
import { reminderPreferencesOf } from '@/payload/reminders/preferences'
import { smsTransport } from '@/payload/reminders/sms'
import { vapidPublicKey } from '@/payload/reminders/vapid'
import { requirePatient } from '@/payload/queries/portal'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reminders'))('meta') }
}

/** How and when the patient is reminded to answer their diary after a block. */
export default async function RemindersPage() {
  const patient = await requirePatient()
  const t = await getTranslations('reminders')
  return (
    <>
      <PortalPageHeader title={t('title')} />
      <p>{t('intro')}</p>
      <ReminderPreferencesForm initial={reminderPreferencesOf(patient)} smsAvailable={smsTransport() !== null} />
      <PushDeviceToggle publicKey={vapidPublicKey()} />
    </>
  )
}
