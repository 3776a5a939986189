/**
 * Patient emails, one template per message, in the patient's language (lib/i18n catalogues, `email.*`).
 * Rendered with React Email to HTML and to plain text. They carry no health information: only that
 * something is waiting in the portal.
 */
import { render } from '@react-email/render'
import type { ReactElement } from 'react'

import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { CLINIC_NAME, type ReminderMessage } from '@/lib/reminders'
import { EmailLayout } from './Layout'

export type Email = { subject: string; text: string; html: string }

/** How long an invite or reset link works (payload/auth/passwordLinks.ts). */
const LINK_HOURS = 72

async function renderEmail(subject: string, element: ReactElement): Promise<Email> {
  const [html, text] = await Promise.all([
    render(element),
    // The button's address is printed once in the text (the fallback line), not again beside its label.
    render(element, { plainText: true, htmlToTextOptions: { selectors: [{ selector: 'a', options: { ignoreHref: true } }] } }),
  ])
  return { subject, html, text }
}

type Common = { locale?: Locale; clinic?: string }

export function inviteEmail({ name, url, locale = DEFAULT_LOCALE, clinic = CLINIC_NAME }: Common & { name: string; url: string }): Promise<Email> {
  const t = translatorFor(locale)
  const subject = t('email.inviteSubject', { clinic })
  return renderEmail(
    subject,
    <EmailLayout
      locale={locale}
      clinic={clinic}
      preview={subject}
      greeting={t('email.dear', { name })}
      paragraphs={[t('email.inviteIntro', { clinic }), t('email.inviteLink', { hours: LINK_HOURS }), t('email.inviteExpired')]}
      action={{ label: t('email.inviteAction'), url }}
    />,
  )
}

/** Sent to whoever typed the address: "Hello," rather than a name, so the email says nothing more than the form did. */
export function passwordResetEmail({ url, locale = DEFAULT_LOCALE, clinic = CLINIC_NAME }: Common & { url: string }): Promise<Email> {
  const t = translatorFor(locale)
  const subject = t('email.resetSubject', { clinic })
  return renderEmail(
    subject,
    <EmailLayout
      locale={locale}
      clinic={clinic}
      preview={subject}
      greeting={t('email.hello')}
      paragraphs={[t('email.resetIntro', { clinic }), t('email.resetLink', { hours: LINK_HOURS })]}
      action={{ label: t('email.resetAction'), url }}
    />,
  )
}

export function resultReadyEmail({ name, url, locale = DEFAULT_LOCALE, clinic = CLINIC_NAME }: Common & { name: string; url: string }): Promise<Email> {
  const t = translatorFor(locale)
  const subject = t('email.resultSubject', { clinic })
  return renderEmail(
    subject,
    <EmailLayout
      locale={locale}
      clinic={clinic}
      preview={subject}
      greeting={t('email.dear', { name })}
      paragraphs={[t('email.resultIntro'), t('email.resultNext')]}
      action={{ label: t('email.resultAction'), url }}
    />,
  )
}

type ReminderEmailInput = Common & { name: string; url: string; message: ReminderMessage }

/** The catalogue keys of each reminder's subject, closing line and button. */
const REMINDER_KEYS = {
  diary: { subject: 'email.reminderSubject', next: 'email.reminderNext', action: 'email.reminderAction' },
  questionnaire: { subject: 'email.questionnaireSubject', next: 'email.questionnaireNext', action: 'email.questionnaireAction' },
} as const

/** A reminder: the same words as the push and the text message (lib/reminders), then the link. */
function reminderEmail(kind: keyof typeof REMINDER_KEYS, { name, url, message, locale = DEFAULT_LOCALE, clinic = CLINIC_NAME }: ReminderEmailInput): Promise<Email> {
  const t = translatorFor(locale)
  const keys = REMINDER_KEYS[kind]
  const subject = t(keys.subject)
  return renderEmail(
    subject,
    <EmailLayout
      locale={locale}
      clinic={clinic}
      preview={message.body}
      greeting={t('email.dear', { name })}
      paragraphs={[message.body, t(keys.next, { clinic })]}
      action={{ label: t(keys.action), url }}
    />,
  )
}

/** The diary reminder: only that a diary question waits. */
export const diaryReminderEmail = (input: ReminderEmailInput) => reminderEmail('diary', input)

/** The follow-up questionnaire reminder: only that a questionnaire waits. */
export const questionnaireReminderEmail = (input: ReminderEmailInput) => reminderEmail('questionnaire', input)
