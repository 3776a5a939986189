import type { Page, Response } from '@playwright/test'

import { timeOfDay } from '@/lib/dates'
import { DEMO_CLINIC } from '../helpers/clinic'
import { expectNoAxeViolations } from './helpers/axe'
import { answerByKeyboard, PASSWORD, patientWithBlockAt, storedTimePointKeys } from './helpers/diary'
import { expectNoHorizontalScroll, signInToPortal } from './helpers/portal'
import { expect, test } from './helpers/test'

test.use({ viewport: { width: 390, height: 844 }, timezoneId: DEMO_CLINIC.timeZone })

const DIARY_HEADING = { level: 1, name: 'Medial branch block pain diary' } as const

/** The service worker has kept this page's offline copy for the signed-in patient (not just fetched it). */
async function offlineCopyKept(page: Page, path: string): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    const cache = await caches.open('portal-diary-pages')
    return (await cache.keys()).some((request) => {
      const url = new URL(request.url)
      return url.pathname === wanted && url.searchParams.get('offline-copy') !== 'unclaimed'
    })
  }, path)
}

/** What the portal keeps on this device about a patient: its caches (the build's shared scripts aside) and the diary answers in IndexedDB. */
async function deviceHoldings(page: Page): Promise<{ caches: string[]; answers: number }> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('portal-') && name !== 'portal-static')
    const answers = await new Promise<number>((resolve) => {
      const open = indexedDB.open('harbour-spine-portal')
      // Looking must not create the database when the portal has none.
      open.onupgradeneeded = () => open.transaction?.abort()
      open.onerror = () => resolve(0)
      open.onsuccess = () => {
        const db = open.result
        if (!db.objectStoreNames.contains('diary-answers')) return resolve(0)
        const count = db.transaction('diary-answers').objectStore('diary-answers').count()
        count.onsuccess = () => resolve(count.result)
        count.onerror = () => resolve(0)
      }
    })
    return { caches: names, answers }
  })
}

/**
 * With the connection off, a page that shows is the service worker's copy. Playwright reports the
 * navigation's response too, except when the page navigated again meanwhile (it then answers null).
 */
async function expectServedByWorker(page: Page, response: Response | null) {
  if (response) expect(response.fromServiceWorker(), 'the page came from the service worker').toBe(true)
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is the worker\'s').toBe(true)
}

/** A patient whose block was 2½ hours ago, signed in, with the block time recorded; on their diary page, kept for offline use. */
async function openDiaryOnce(page: Page, request: Parameters<typeof patientWithBlockAt>[0]) {
  const { email, appointmentId, blockAt, admin } = await patientWithBlockAt(request, new Date(Date.now() - 150 * 60_000))
  await signInToPortal(page, email, PASSWORD)
  const recorded = await page.request.post(`/api/diaries/${appointmentId}/block-time`, { data: { time: timeOfDay(blockAt, DEMO_CLINIC.timeZone) } })
  expect(recorded.status()).toBe(200)
  const path = `/portal/appointments/${appointmentId}/diary`
  await page.goto(path)
  await expect(page.getByRole('heading', DIARY_HEADING)).toBeVisible()
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
  await expect.poll(() => offlineCopyKept(page, path), { timeout: 30_000, message: 'the diary page kept for offline use' }).toBe(true)
  return { email, appointmentId, path, admin }
}

test('a diary visited once opens offline, keeps the answers given there, and the server gets each once', async ({ context, request }) => {
  test.setTimeout(120_000)
  const page = await context.newPage()
  const { appointmentId, path } = await openDiaryOnce(page, request)

  await context.setOffline(true)
  const offline = await page.reload()
  await expect(page.getByRole('heading', DIARY_HEADING)).toBeVisible()
  await expectServedByWorker(page, offline)
  await expectNoAxeViolations(page)
  await expectNoHorizontalScroll(page)

  await answerByKeyboard(page, 'Just before the block', { nrs: 6, activity: 'Reaching up to a shelf' })
  await answerByKeyboard(page, '15 minutes after the block', { nrs: 2, relief: '70' })
  await expect(page.getByText(/2 answers are kept on this device and will be sent when you are back online/)).toBeVisible()
  expect((await deviceHoldings(page)).answers).toBe(1)
  await page.close()

  // Reopened with no connection: the page and both answers are still there.
  const reopened = await context.newPage()
  const again = await reopened.goto(path)
  await expect(reopened.getByRole('heading', DIARY_HEADING)).toBeVisible()
  await expectServedByWorker(reopened, again)
  await expect(reopened.getByRole('listitem').filter({ hasText: 'Just before the block' })).toContainText('Pain 6 out of 10')
  await expect(reopened.getByRole('listitem').filter({ hasText: '15 minutes after the block' })).toContainText('Pain 2 out of 10')
  await expectNoAxeViolations(reopened)

  await context.setOffline(false)
  await expect(reopened.getByText('All your answers are saved.')).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => storedTimePointKeys(reopened, appointmentId), { timeout: 20_000 }).toEqual(['15-minutes', 'baseline'])
  // Page, worker and retries may all have sent them: still exactly once each.
  await reopened.waitForTimeout(1_000)
  expect(await storedTimePointKeys(reopened, appointmentId)).toEqual(['15-minutes', 'baseline'])
})

test('after sign-out the device holds nothing, and the diary no longer opens offline', async ({ context, request }) => {
  test.setTimeout(90_000)
  const page = await context.newPage()
  const { path } = await openDiaryOnce(page, request)
  await answerByKeyboard(page, 'Just before the block', { nrs: 5, activity: 'Walking the dog' })
  await expect(page.getByText('All your answers are saved.')).toBeVisible()
  expect((await deviceHoldings(page)).caches).toContain('portal-diary-pages')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/portal\/sign-in/)
  expect(await deviceHoldings(page)).toEqual({ caches: [], answers: 0 })

  await context.setOffline(true)
  await page.goto(path).catch(() => null)
  await expect(page.getByRole('heading', DIARY_HEADING)).toHaveCount(0)
  await context.setOffline(false)
})

test('a second patient on the same device never gets the first one’s offline diary', async ({ context, request }) => {
  test.setTimeout(90_000)
  const page = await context.newPage()
  const { path, admin } = await openDiaryOnce(page, request)

  // The first session ends without a sign-out (as when it expires); someone else signs in here.
  await context.clearCookies()
  const other = await patientWithBlockAt(request, new Date(Date.now() - 60 * 60_000), admin)
  await signInToPortal(page, other.email, PASSWORD)
  await expect.poll(() => offlineCopyKept(page, path), { timeout: 15_000 }).toBe(false)

  await context.setOffline(true)
  await page.goto(path).catch(() => null)
  await expect(page.getByRole('heading', DIARY_HEADING)).toHaveCount(0)
  await context.setOffline(false)

  // The worker's scope is the portal: the public site is never under its control.
  await page.goto('/')
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
})

test('the portal installs as an app: manifest, icons of the sizes it names', async ({ page, request }) => {
  const manifest = await request.get('/portal/manifest.webmanifest')
  expect(manifest.status()).toBe(200)
  expect(manifest.headers()['content-type']).toContain('application/manifest+json')
  const body = await manifest.json()
  expect(body).toMatchObject({ start_url: '/portal', scope: '/portal', display: 'standalone' })
  for (const icon of body.icons as { src: string; sizes: string }[]) {
    const png = await request.get(icon.src)
    expect(png.status(), icon.src).toBe(200)
    expect(png.headers()['content-type']).toBe('image/png')
    const bytes = await png.body()
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
    expect(`${width}x${height}`).toBe(icon.sizes)
  }

  await page.goto('/portal/sign-in')
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/portal/manifest.webmanifest')
})
