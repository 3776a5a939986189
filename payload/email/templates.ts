/** Patient emails. They carry no health information: only that something is waiting in the portal. */

type Email = { subject: string; text: string; html: string }

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)

function layout(greeting: string, paragraphs: string[], action: { label: string; url: string }): Email['html'] {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')
  return `<!doctype html><html lang="en-GB"><body style="font-family:sans-serif;font-size:16px;line-height:1.5">
<p>${escapeHtml(greeting)}</p>${body}
<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>
<p>Harbour Spine Clinic</p></body></html>`
}

export function inviteEmail({ name, url }: { name: string; url: string }): Email {
  const greeting = `Dear ${name},`
  const paragraphs = [
    'Harbour Spine Clinic has set up your patient portal account.',
    'Use the link below to choose your password. It works once and expires in 72 hours.',
    'If it has expired, call the clinic and we will send a new one.',
  ]
  return {
    subject: 'Set up your Harbour Spine Clinic portal account',
    text: [greeting, '', ...paragraphs, '', url, '', 'Harbour Spine Clinic'].join('\n'),
    html: layout(greeting, paragraphs, { label: 'Choose your password', url }),
  }
}

export function passwordResetEmail({ url }: { url: string }): Email {
  const greeting = 'Hello,'
  const paragraphs = [
    'Someone asked to reset the password of your Harbour Spine Clinic portal account.',
    'If it was you, use the link below. It works once and expires in 72 hours. If it was not you, ignore this email.',
  ]
  return {
    subject: 'Reset your Harbour Spine Clinic portal password',
    text: [greeting, '', ...paragraphs, '', url, '', 'Harbour Spine Clinic'].join('\n'),
    html: layout(greeting, paragraphs, { label: 'Choose a new password', url }),
  }
}

export function resultReadyEmail({ name, url }: { name: string; url: string }): Email {
  const greeting = `Dear ${name},`
  const paragraphs = [
    'Your specialist has looked at your pain diary, and a result is ready for you in the patient portal.',
    'Sign in to read it and to see the next step.',
  ]
  return {
    subject: 'A result is ready in your Harbour Spine Clinic portal',
    text: [greeting, '', ...paragraphs, '', url, '', 'Harbour Spine Clinic'].join('\n'),
    html: layout(greeting, paragraphs, { label: 'Open the patient portal', url }),
  }
}
