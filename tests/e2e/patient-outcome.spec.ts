import { randomUUID } from 'node:crypto'

import type { Page } from '@playwright/test'

import { formatDateTime } from '@/lib/dates'
import { DEMO_CLINIC } from '../helpers/clinic'
import { expectNoAxeViolations } from './helpers/axe'
import { expectNoHorizontalScroll, signInToPortal } from './helpers/portal'
import { bookBlock, createPatient, staffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

const PASSWORD = 'a patient waiting for news 2026'
const DAY = 24 * 3600 * 1000

test.use({ viewport: { width: 390, height: 844 }, timezoneId: DEMO_CLINIC.timeZone })

/** The patient's answers and the submit, through the portal's own diary endpoints with the signed-in session. */
async function keepAndSubmitDiary(page: Page, appointmentId: number) {
  const base = `/api/diaries/${appointmentId}`
  expect((await page.request.post(`${base}/block-time`, { data: { time: '09:00' } })).ok()).toBe(true)
  const scores: Record<string, number> = { baseline: 7, '15-minutes': 2, '30-minutes': 2, '1-hour': 3, 'next-morning': 6 }
  const entries = Object.entries(scores).map(([timePointKey, nrs]) => ({
    timePointKey,
    nrs,
    activity: 'Turning my head',
    clientId: randomUUID(),
    answeredAt: new Date().toISOString(),
  }))
  expect((await page.request.post(`${base}/entries`, { data: { entries } })).ok()).toBe(true)
  expect((await page.request.post(`${base}/submit`)).ok()).toBe(true)
}

test('the specialist’s result leads the dashboard, names the block already booked, and the diary points to it', async ({ page, request }) => {
  test.setTimeout(120_000)
  const admin = await staffApi(request)
  const suffix = Date.now().toString(36)
  const email = `outcome-${suffix}@example.com`
  const patientId = await createPatient(admin, { email, password: PASSWORD, fullName: `Olu Outcome ${suffix}` })
  const firstBlock = await bookBlock(admin, patientId, { scheduledAt: new Date(Date.now() - 3 * DAY), status: 'done' })
  const secondAt = new Date(Date.now() + 9 * DAY)
  await bookBlock(admin, patientId, { scheduledAt: secondAt, blockNumber: 2, agent: 'bupivacaine' })

  // Before any answer, the diary does not claim that "all your answers are saved".
  await signInToPortal(page, email, PASSWORD)
  await page.goto(`/portal/appointments/${firstBlock}/diary`)
  await expect(page.getByRole('status').filter({ hasText: 'No answers yet. Each answer is saved as soon as you give it.' })).toBeVisible()
  await expect(page.getByText('All your answers are saved.')).toHaveCount(0)

  await keepAndSubmitDiary(page, firstBlock)
  const diaries = await (await admin.get(`/api/diaries?where[appointment][equals]=${firstBlock}&depth=0`)).json()
  const decided = await admin.patch(`/api/diaries/${diaries.docs[0].id}`, { review: { decision: 'repeat-block', note: 'Good relief; confirm with block 2.' } })
  expect(decided.status(), await decided.text()).toBe(200)

  // The dashboard opens with the result, above the appointments, naming the 2nd block already booked.
  await page.goto('/portal')
  const result = page.getByRole('region', { name: /^Result from your specialist/ })
  await expect(result).toBeVisible()
  await expect(result).toBeInViewport()
  await expect(result).toContainText('Your specialist would like a second block')
  await expect(result).toContainText(`Your 2nd block is booked for ${formatDateTime(secondAt, DEMO_CLINIC)}.`)
  await expect(result).not.toContainText('will call you')
  await expect(result).toContainText(/About your 1st block on \w+day/)
  const resultBox = (await result.boundingBox())!
  const upcomingBox = (await page.getByRole('heading', { level: 2, name: 'Upcoming appointments' }).boundingBox())!
  expect(resultBox.y + resultBox.height).toBeLessThanOrEqual(upcomingBox.y)
  // Shown once: not again on the past appointment.
  await expect(page.getByRole('region', { name: /^Result from your specialist/ })).toHaveCount(1)
  await expectNoAxeViolations(page)
  await expectNoHorizontalScroll(page)

  // The submitted diary now says it was reviewed and points to the result; every due time says its day.
  await page.goto(`/portal/appointments/${firstBlock}/diary`)
  await expect(page.getByRole('heading', { level: 2, name: 'Diary submitted and reviewed' })).toBeVisible()
  await expect(page.getByText(/Your specialist reviewed it on \w+day, \w+ \d{1,2}, \d{4}\./)).toBeVisible()
  await expect(page.getByText(/will look at it/)).toHaveCount(0)
  const nextMorning = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'The next morning', exact: true }) })
  await expect(nextMorning).toContainText(/Due \w+day, \w+ \d{1,2} at 9:00 AM/)
  await expectNoAxeViolations(page)
  await expectNoHorizontalScroll(page)
  await page.getByRole('link', { name: 'Read your specialist’s result and what happens next' }).click()
  await expect(page).toHaveURL(/\/portal#specialist-result$/)
  await expect(page.getByRole('region', { name: /^Result from your specialist/ })).toBeInViewport()
})
