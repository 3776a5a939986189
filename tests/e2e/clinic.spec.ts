import { randomUUID } from 'node:crypto'

import type { APIRequestContext, Locator, Page } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { signInToPortal, tabTo } from './helpers/portal'
import { bookBlock, createPatient, DEMO_STAFF_EMAIL, enterSecondStepCode, signInToAdmin, staffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

const PASSWORD = 'a sturdy test password 2026'
const DAY = 24 * 3600 * 1000

/** Staff book a patient for two blocks of a series, through the REST API as the admin UI would. */
async function bookSeries(request: APIRequestContext) {
  const admin = await staffApi(request)
  const suffix = Date.now().toString(36)
  const email = `series-${suffix}@example.com`
  const name = `Sam Series ${suffix}`
  const patientId = await createPatient(admin, { email, password: PASSWORD, fullName: name, dateOfBirth: '1970-03-03' })
  const book = (blockNumber: number, agent: 'lidocaine' | 'bupivacaine', daysAgo: number) =>
    bookBlock(admin, patientId, { scheduledAt: new Date(Date.now() - daysAgo * DAY), blockNumber, agent, status: 'done' })
  return { email, name, block1: await book(1, 'lidocaine', 3), block2: await book(2, 'bupivacaine', 2) }
}

/** The patient's answers, sent through the portal's own diary endpoints with the signed-in session. */
async function keepAndSubmitDiary(page: Page, appointmentId: number, scores: Record<string, number>) {
  const base = `/api/diaries/${appointmentId}`
  expect((await page.request.post(`${base}/block-time`, { data: { time: '09:00' } })).ok()).toBe(true)
  const entries = Object.entries(scores).map(([timePointKey, nrs]) => ({
    timePointKey,
    nrs,
    activity: 'Standing to cook',
    clientId: randomUUID(),
    answeredAt: new Date().toISOString(),
  }))
  expect((await page.request.post(`${base}/entries`, { data: { entries } })).ok()).toBe(true)
  expect((await page.request.post(`${base}/submit`)).ok()).toBe(true)
}

const reliefFor = (hours: number) => {
  const scores: Record<string, number> = { baseline: 8, '15-minutes': 1, '30-minutes': 1, '1-hour': 1 }
  for (let hour = 2; hour <= 8; hour++) scores[`${hour}-hours`] = hour <= hours ? 1 : 7
  return scores
}

test('a specialist reviews a concordant series and the patient sees the outcome', async ({ browser }) => {
  test.setTimeout(120_000)
  const patientContext = await browser.newContext()
  const patientPage = await patientContext.newPage()
  const { email, name, block1, block2 } = await bookSeries(patientPage.request)

  await signInToPortal(patientPage, email, PASSWORD)
  // Lidocaine: strong relief for about two hours; bupivacaine: strong relief for five hours.
  await keepAndSubmitDiary(patientPage, block1, reliefFor(2))
  await keepAndSubmitDiary(patientPage, block2, reliefFor(5))

  const staffContext = await browser.newContext()
  const staff = await staffContext.newPage()
  await staff.goto('/admin/login?redirect=%2Fclinic')
  await staff.getByLabel(/email/i).fill(DEMO_STAFF_EMAIL.specialist)
  await staff.getByLabel(/password/i).fill(process.env.DEMO_PASSWORD as string)
  await staff.getByRole('button', { name: /log ?in/i }).click()
  await enterSecondStepCode(staff)
  await staff.waitForURL(/\/clinic/)
  await expect(staff.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible()
  await expectNoAxeViolations(staff)
  const rows = staff.getByRole('row', { name: new RegExp(name) })
  await expect(rows).toHaveCount(2)

  // Keyboard only from here: reach the second block's row link and open it.
  const secondBlock = staff.getByRole('row', { name: new RegExp(`${name}.*2nd block`) }).getByRole('link', { name })
  await tabTo(staff, secondBlock, 60)
  await staff.keyboard.press('Enter')
  await expect(staff.getByRole('heading', { level: 1, name: `${name}: 2nd block` })).toBeVisible()
  await expect(staff.getByText(/concordance: concordant/).first()).toBeVisible()
  const series = staff.getByRole('region', { name: 'Series verdicts and concordance' })
  const medicare = series.locator('div').filter({ has: staff.getByRole('heading', { level: 3, name: 'Medicare facet LCD', exact: true }) })
  await expect(medicare.locator('.verdict')).toHaveText('Positive')
  await expect(staff.getByRole('region', { name: 'Consent for this appointment' })).toContainText('Not signed')
  await expect(staff.getByRole('table').first()).toContainText('Computed relief')
  await expectNoAxeViolations(staff)

  const proceed = staff.getByRole('radio', { name: 'Proceed to radiofrequency ablation' })
  await tabTo(staff, staff.getByRole('radio').first(), 120)
  while (!(await proceed.isChecked())) await staff.keyboard.press('ArrowDown')
  await tabTo(staff, staff.getByLabel(/^Note/))
  await staff.keyboard.type('Concordant relief, bupivacaine longer. Book RFA.')
  await tabTo(staff, staff.getByRole('button', { name: 'Save decision' }))
  await staff.keyboard.press('Enter')
  // The decision locks once saved: the page asks first, with focus on the confirmation.
  const confirm = staff.getByRole('button', { name: 'Confirm and lock the decision' })
  await expect(staff.getByRole('group', { name: /Record “Proceed to radiofrequency ablation”\?/ })).toBeVisible()
  await expect(confirm).toBeFocused()
  await expectNoAxeViolations(staff)
  await staff.keyboard.press('Enter')
  // Saved: the page now shows the recorded decision, who made it and when, locked for specialists (the form is gone).
  const recorded = staff.getByRole('status').filter({ hasText: 'Recorded' })
  await expect(recorded).toContainText('Proceed to radiofrequency ablation')
  await expect(recorded).toContainText(/by Dr Sam Specialist on .+ at \d{1,2}:\d{2} [AP]M\./)
  await expect(staff.getByText(/The review is locked/)).toBeVisible()
  await expect(staff.getByRole('button', { name: 'Save decision' })).toHaveCount(0)

  await patientPage.goto('/portal')
  await expect(patientPage.getByText('Your specialist suggests radiofrequency ablation')).toBeVisible()
  await expectNoAxeViolations(patientPage)
  await patientContext.close()
  await staffContext.close()
})

test('the review page leads with the pre-block analgesic flag on the demo diary', async ({ page }) => {
  await signInToAdmin(page, 'specialist')
  await page.goto('/clinic?filter=all')
  await page.getByRole('row', { name: /Jordan Reid.*1st block/ }).getByRole('link', { name: 'Jordan Reid' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Reid: 1st block' })).toBeVisible()
  const flags = page.getByRole('region', { name: 'Flags that make this block hard to read' })
  await expect(flags).toContainText("Pain medicine taken 2 h 50 min before the block (Paracetamol 1 g at 07:30), inside the clinic's 6 h no-painkiller window")
  // Above the chart, as the first thing a specialist reads.
  const flagsBox = await flags.boundingBox()
  const chartBox = await page.getByRole('region', { name: 'Pain after the block' }).boundingBox()
  expect(flagsBox!.y).toBeLessThan(chartBox!.y)
  await expect(page.getByRole('table').first()).toContainText('missed: no answer')
  await expectNoAxeViolations(page)
})

test('on a phone the wide tables of the clinic workspace scroll in named regions a keyboard reaches', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInToAdmin(page, 'specialist')
  for (const [path, region] of [
    ['/clinic?filter=all', 'Diaries in the review queue'],
    ['/clinic/outcomes', 'Suggested verdicts per criteria profile'],
  ] as const) {
    await page.goto(path)
    const scroller = page.getByRole('region', { name: region })
    await expect(scroller).toHaveAttribute('tabindex', '0')
    await scroller.focus()
    await page.keyboard.press('ArrowRight')
    await expectNoAxeViolations(page)
  }
  await page.goto('/clinic?filter=all')
  await page.getByRole('row', { name: /Jordan Reid.*1st block/ }).getByRole('link', { name: 'Jordan Reid' }).click()
  await expect(page.getByRole('region', { name: 'Diary entries' })).toHaveAttribute('tabindex', '0')
  await expectNoAxeViolations(page)
})

/** Every element `targets` finds is at least `size` CSS pixels wide and high, as Chromium lays it out. */
async function expectTargetsAtLeast(targets: Locator, size: number) {
  expect(await targets.count(), 'targets to measure').toBeGreaterThan(0)
  for (const target of await targets.all()) {
    const box = await target.boundingBox()
    expect(box, 'a laid-out target').not.toBeNull()
    expect(Math.min(box!.width, box!.height), `${await target.evaluate((element) => element.outerHTML.slice(0, 80))}`).toBeGreaterThanOrEqual(size - 0.5)
  }
}

test('a specialist goes from the admin to the clinic workspace, whose small controls are 24 px targets', async ({ page }) => {
  await signInToAdmin(page, 'specialist')
  // On the dashboard (the side navigation holds the same link, folded away on small screens).
  await page.locator('.dashboard').getByRole('link', { name: 'Open the clinic workspace' }).click()
  await expect(page).toHaveURL(/\/clinic$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible()

  await page.goto('/clinic?filter=all')
  await expectTargetsAtLeast(page.locator('.data-table tbody a'), 24)
  await page.getByRole('row', { name: /Jordan Reid.*1st block/ }).getByRole('link', { name: 'Jordan Reid' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Reid: 1st block' })).toBeVisible()
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    await expectTargetsAtLeast(page.getByRole('radio'), 24)
  }
})
