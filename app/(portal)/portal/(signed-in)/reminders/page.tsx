import type { Metadata } from 'next'

import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { PushDeviceToggle } from '@/components/portal/PushDeviceToggle'
import { ReminderPreferencesForm } from '@/components/portal/ReminderPreferencesForm'
import { reminderPreferencesOf } from '@/payload/reminders/preferences'
import { smsTransport } from '@/payload/reminders/sms'
import { vapidPublicKey } from '@/payload/reminders/vapid'
import { requirePatient } from '@/payload/queries/portal'

export const metadata: Metadata = { title: 'Diary reminders' }

/** How and when the patient is reminded to answer their diary after a block. */
export default async function RemindersPage() {
  const patient = await requirePatient()
  return (
    <>
      <PortalPageHeader title="Diary reminders" />
      <p>
        After your block, your diary asks a few questions at set times that day and the next morning. The portal reminds you when each one
        is due. A reminder never says anything about your health: only that your diary has a question waiting, with a link to it.
      </p>
      <ReminderPreferencesForm initial={reminderPreferencesOf(patient)} smsAvailable={smsTransport() !== null} />
      <PushDeviceToggle publicKey={vapidPublicKey()} />
    </>
  )
}
