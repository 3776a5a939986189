/**
 * A patient turns on diary reminders as notifications on their phone, and a reminder push shows as a
 * notification that opens their diary.
 *
 * Chromium's `PushManager.subscribe` registers with Google's push service (FCM), which this machine
 * cannot reach, so that one browser call is replaced: it returns a subscription at an FCM address
 * with keys this test made. Everything else is real: the permission prompt's answer, the portal's
 * page, the server's checks and stored consent, and the service worker's handling of the push,
 * which the DevTools protocol delivers as FCM would. That the server's pushes are really encrypted
 * with those keys and arrive is shown by tests/int/reminders.test.ts (a local receiver decrypts them).
 */
import { createECDH, randomBytes } from 'node:crypto'

import type { Page } from '@playwright/test'

import { portalPaths } from '@/lib/paths'
import { reminderPushPayload } from '@/lib/reminders/notification'
import { expectNoAxeViolations } from './helpers/axe'
import { expectNoHorizontalScroll, signInToPortal } from './helpers/portal'
import { bookBlock, createPatient, staffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

test.use({ viewport: { width: 390, height: 844 } })

const PASSWORD = 'correct horse battery staple 42'

type FakeSubscription = { endpoint: string; keys: { p256dh: string; auth: string } }

/** A subscription as Chrome's push service would hand it out, with a real P-256 key and auth secret. */
function fcmSubscription(): FakeSubscription {
  const ecdh = createECDH('prime256v1')
  return {
    endpoint: `https://fcm.googleapis.com/fcm/send/e2e-${randomBytes(12).toString('base64url')}`,
    keys: { p256dh: ecdh.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  }
}

/** Replaces only the calls that need Google's push service; the subscription lives in this tab's session storage. */
async function replacePushServiceRegistration(page: Page, subscription: FakeSubscription) {
  await page.addInitScript((fake) => {
    const KEY = 'e2e-push-subscription'
    const asSubscription = (stored: typeof fake) => ({
      endpoint: stored.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true },
      toJSON: () => ({ endpoint: stored.endpoint, expirationTime: null, keys: stored.keys }),
      unsubscribe: async () => {
        sessionStorage.removeItem(KEY)
        return true
      },
    })
    PushManager.prototype.subscribe = async function subscribe() {
      sessionStorage.setItem(KEY, JSON.stringify(fake))
      return asSubscription(fake) as unknown as PushSubscription
    }
    PushManager.prototype.getSubscription = async function getSubscription() {
      const stored = sessionStorage.getItem(KEY)
      return stored ? (asSubscription(JSON.parse(stored)) as unknown as PushSubscription) : null
    }
  }, subscription)
}

/** Hands a push message to the portal's service worker through the DevTools protocol, as the push service would. */
async function deliverPush(page: Page, data: string) {
  const cdp = await page.context().newCDPSession(page)
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const portal = registrations.find((registration) => registration.scopeURL.endsWith('/portal') || registration.scopeURL.endsWith('/portal/'))
      if (portal && !portal.isDeleted) resolve(portal.registrationId)
    })
  })
  await cdp.send('ServiceWorker.enable')
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(page.url()).origin, registrationId: await registrationId, data })
}

async function shownNotifications(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return (await registration.getNotifications()).map((notification) => ({ title: notification.title, body: notification.body, data: notification.data as unknown }))
  })
}

async function devicesOnServer(page: Page): Promise<number> {
  const response = await page.request.get('/api/push-subscriptions?depth=0')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

test('a patient allows notifications on their phone, and a reminder shows as a notification that opens the diary', async ({ page, context, request }) => {
  const staff = await staffApi(request)
  const email = `push-${Date.now()}-${randomBytes(3).toString('hex')}@example.com`
  const patientId = await createPatient(staff, { email, fullName: 'Robin Notifications', password: PASSWORD })
  const appointmentId = await bookBlock(staff, patientId, { scheduledAt: new Date(Date.now() + 24 * 3600_000) })
  const subscription = fcmSubscription()
  await replacePushServiceRegistration(page, subscription)
  await context.grantPermissions(['notifications'])
  await signInToPortal(page, email, PASSWORD)

  await page.goto(portalPaths.reminders)
  await expect(page.getByRole('heading', { level: 2, name: 'Notifications on this device' })).toBeVisible()
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.reload()
  const turnOn = page.getByRole('button', { name: 'Turn on notifications on this device' })
  await expect(turnOn).toBeVisible()
  await turnOn.click()
  await expect(page.getByText('Notifications are on for this device.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Turn off notifications on this device' })).toBeVisible()
  await expectNoAxeViolations(page)
  await expectNoHorizontalScroll(page)

  // The server keeps the device and records the patient's consent to this channel.
  expect(await devicesOnServer(page)).toBe(1)
  const stored = (await (await staff.get(`/api/patients/${patientId}?depth=0`)).json()) as { reminders?: { pushConsentedAt?: string | null } }
  expect(stored.reminders?.pushConsentedAt).toBeTruthy()

  // A reminder push, in the words the server sends (tests/int/reminders.test.ts reads them off the wire):
  // the worker shows it, with no health information, linking to the diary.
  const diaryPath = `/portal/appointments/${appointmentId}/diary`
  await deliverPush(page, reminderPushPayload({ title: 'Harbour Spine Clinic', body: 'Your diary has a question waiting.', url: diaryPath }))
  await expect.poll(() => shownNotifications(page)).toEqual([{ title: 'Harbour Spine Clinic', body: 'Your diary has a question waiting.', data: { url: diaryPath } }])

  // Turning it off forgets the device on the server too.
  await page.getByRole('button', { name: 'Turn off notifications on this device' }).click()
  await expect(page.getByText('Notifications are off for this device.')).toBeVisible()
  expect(await devicesOnServer(page)).toBe(0)
  const afterOff = (await (await staff.get(`/api/patients/${patientId}?depth=0`)).json()) as { reminders?: { pushConsentedAt?: string | null } }
  expect(afterOff.reminders?.pushConsentedAt ?? null).toBeNull()
})

test('a push service address inside the clinic network is refused, and nothing is stored', async ({ page, context, request }) => {
  const staff = await staffApi(request)
  const email = `push-refused-${Date.now()}-${randomBytes(3).toString('hex')}@example.com`
  await createPatient(staff, { email, fullName: 'Robin Refused', password: PASSWORD })
  await replacePushServiceRegistration(page, { ...fcmSubscription(), endpoint: 'https://10.0.0.5/internal-service' })
  await context.grantPermissions(['notifications'])
  await signInToPortal(page, email, PASSWORD)
  await page.goto(portalPaths.reminders)
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.reload()
  await page.getByRole('button', { name: 'Turn on notifications on this device' }).click()
  await expect(page.getByText('The clinic could not turn on notifications for this browser.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Turn on notifications on this device' })).toBeVisible()
  expect(await devicesOnServer(page)).toBe(0)
})
