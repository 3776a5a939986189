/** The diary reminder email. Like every patient email it carries no health information. */
import type { ReminderMessage } from '@/lib/reminders'

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)

export function diaryReminderEmail({ name, url, message }: { name: string; url: string; message: ReminderMessage }) {
  const greeting = `Dear ${name},`
  const paragraphs = [
    message.body,
    'Sign in to the Harbour Spine Clinic patient portal with the link below. The diary page shows what to answer and when.',
  ]
  return {
    subject: 'Time to fill in your diary',
    text: [greeting, '', ...paragraphs, '', url, '', 'Harbour Spine Clinic'].join('\n'),
    html: `<!doctype html><html lang="en-GB"><body style="font-family:sans-serif;font-size:16px;line-height:1.5">
<p>${escapeHtml(greeting)}</p>${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}
<p><a href="${escapeHtml(url)}">Open your diary</a></p>
<p>Harbour Spine Clinic</p></body></html>`,
  }
}

/** The follow-up questionnaire reminder email: only that a questionnaire waits, and the link. */
export function questionnaireReminderEmail({ name, url, message }: { name: string; url: string; message: ReminderMessage }) {
  const greeting = `Dear ${name},`
  const paragraphs = [message.body, 'Sign in to the Harbour Spine Clinic patient portal with the link below. It takes about a minute.']
  return {
    subject: 'A short questionnaire is waiting',
    text: [greeting, '', ...paragraphs, '', url, '', 'Harbour Spine Clinic'].join('\n'),
    html: `<!doctype html><html lang="en-GB"><body style="font-family:sans-serif;font-size:16px;line-height:1.5">
<p>${escapeHtml(greeting)}</p>${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}
<p><a href="${escapeHtml(url)}">Open the questionnaire</a></p>
<p>Harbour Spine Clinic</p></body></html>`,
  }
}
