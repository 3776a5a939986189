import { DEMO_CLINIC } from '../helpers/clinic'
import { expectNoAxeViolations } from './helpers/axe'
import { answerByKeyboard, PASSWORD, patientWithBlockAt, storedTimePointKeys } from './helpers/diary'
import { PHONE_VIEWPORT, signInToPortal } from './helpers/portal'
import { expect, test } from './helpers/test'

// Without the service worker: Playwright's routing does not see requests a service worker handles,
// and this test is about the page's own retries (Background Sync is tested in offline-diary.spec.ts).
test.use({ viewport: PHONE_VIEWPORT, timezoneId: DEMO_CLINIC.timeZone, serviceWorkers: 'block' })

/**
 * The clinic's server answers autosaves with 503 for a while (its database is away): the page keeps
 * the answer, says so, never asks the patient to sign in, and sends it again until it is saved, once.
 * The browser's requests are intercepted: the first two get the app's own 503 answer, later ones go
 * through to the server.
 */
test('a diary answer meeting 503 is kept and sent again until the server takes it', async ({ page, request }) => {
  test.setTimeout(120_000)
  const { email, appointmentId } = await patientWithBlockAt(request, new Date(Date.now() - 150 * 60_000))
  await signInToPortal(page, email, PASSWORD)

  const attempts: number[] = []
  await page.route(`**/api/diaries/${appointmentId}/entries`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    attempts.push(Date.now())
    if (attempts.length > 2) return route.continue()
    await route.fulfill({
      status: 503,
      headers: { 'Retry-After': '5', 'Cache-Control': 'private, no-store' },
      contentType: 'application/json',
      body: JSON.stringify({ message: 'The clinic’s server cannot save right now. Your answers are kept; it tries again in a moment.', retryAfterSeconds: 5 }),
    })
  })

  await page.goto(`/portal/appointments/${appointmentId}/diary`)
  await expect(page.getByRole('heading', { level: 1, name: 'Medial branch block pain diary' })).toBeVisible()
  await answerByKeyboard(page, 'Just before the block', { nrs: 6 })
  await expect(page.getByText(/The clinic’s server is busy for a moment\. 1 answer is kept on this device/)).toBeVisible()
  await expect(page.getByText('kept on this device, not sent yet')).toHaveCount(1)
  await expectNoAxeViolations(page)

  await expect(page.getByText('All your answers are saved.')).toBeVisible({ timeout: 30_000 })
  expect(attempts.length).toBeGreaterThanOrEqual(3)
  await expect(page.getByText(/Your session has ended/)).toHaveCount(0)
  expect(await storedTimePointKeys(page, appointmentId)).toEqual(['baseline'])
})
