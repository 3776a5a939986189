/**
 * The Web Push payload of a diary reminder and how the service worker turns it into a notification.
 * Imported by the server (to build the payload) and by the service worker (to show it), so it uses
 * nothing but the language: no Node, no DOM.
 */

/** What the server encrypts and sends: no health information, only where to go. */
export interface ReminderPushData {
  title: string
  body: string
  /** A portal path on this site, e.g. /portal/appointments/12/diary. */
  url: string
}

export interface ReminderNotification {
  title: string
  options: { body: string; tag: string; renotify: boolean; data: { url: string } }
}

const FALLBACK: ReminderPushData = {
  title: 'Harbour Spine Clinic',
  body: 'Your diary has a question waiting.',
  url: '/portal',
}

/** One tag for every diary reminder: a newer one replaces an older one still on the screen. */
export const REMINDER_NOTIFICATION_TAG = 'diary-reminder'

/** Only a path inside the portal: a payload can never send the patient to another site. */
function portalPath(value: unknown): string {
  return typeof value === 'string' && /^\/portal(\/[\w\-/]*)?(\?[\w=&-]*)?$/.test(value) ? value : FALLBACK.url
}

function shortText(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : fallback
}

/** Serialises a reminder for `webpush` (the text the service worker receives). */
export function reminderPushPayload(data: ReminderPushData): string {
  return JSON.stringify({ title: data.title, body: data.body, url: data.url })
}

/**
 * The notification for a push event's data (`event.data?.json()` or its text). Anything unexpected
 * still gives the plain reminder, linking to the portal's front page.
 *
 * In the service worker:
 *   self.addEventListener('push', (event) => {
 *     const { title, options } = notificationFromPush(event.data ? event.data.text() : null)
 *     event.waitUntil(self.registration.showNotification(title, options))
 *   })
 *   self.addEventListener('notificationclick', (event) => {
 *     event.notification.close()
 *     event.waitUntil(self.clients.openWindow(notificationUrl(event.notification.data)))
 *   })
 */
export function notificationFromPush(data: unknown): ReminderNotification {
  let value: unknown = data
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data)
    } catch {
      value = null
    }
  }
  const fields = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  return {
    title: shortText(fields.title, FALLBACK.title),
    options: {
      body: shortText(fields.body, FALLBACK.body),
      tag: REMINDER_NOTIFICATION_TAG,
      renotify: true,
      data: { url: portalPath(fields.url) },
    },
  }
}

/** Where a click on the notification opens (a portal path; the front page when unsure). */
export function notificationUrl(notificationData: unknown): string {
  const url = notificationData && typeof notificationData === 'object' ? (notificationData as { url?: unknown }).url : null
  return portalPath(url)
}
