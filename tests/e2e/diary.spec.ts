import { formatTime, timeOfDay } from '@/lib/dates'
import { DEMO_CLINIC } from '../helpers/clinic'
import { expectNoAxeViolations } from './helpers/axe'
import { answerByKeyboard, MAX_TABS, PASSWORD, patientWithBlockAt, storedAnswers } from './helpers/diary'
import { expectLargeTargets, expectNoHorizontalScroll, PHONE_VIEWPORT, signInToPortal, tabTo } from './helpers/portal'
import { expect, test } from './helpers/test'

test.use({ viewport: PHONE_VIEWPORT, timezoneId: DEMO_CLINIC.timeZone })

test('a patient keeps the pain diary by keyboard on a phone, offline for a while, and submits it once', async ({ page, context, request }) => {
  test.setTimeout(180_000)
  // The block appointment started 2½ hours ago.
  const { email, appointmentId, blockAt } = await patientWithBlockAt(request, new Date(Date.now() - 150 * 60_000))
  await signInToPortal(page, email, PASSWORD)
  await expect(page.getByRole('article').getByRole('link', { name: /Keep your pain diary/ })).toBeVisible()
  await page.goto(`/portal/appointments/${appointmentId}/diary`)
  await expect(page.getByRole('heading', { level: 1, name: 'Medial branch block pain diary' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'It is time to answer: just before the block' })).toBeVisible()
  await expectNoAxeViolations(page)

  // Just before the block: the usual pain during the activity that brings it on.
  await answerByKeyboard(page, 'Just before the block', { nrs: 7, activity: 'Turning my head to the left' })
  await expect(page.getByText('All your answers are saved.')).toBeVisible()

  // As the patient leaves: the time of the block, which dates every other question.
  await tabTo(page, page.getByLabel(/Time your block was given/), MAX_TABS)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(timeOfDay(blockAt, DEMO_CLINIC.timeZone))
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Your block was given at ${formatTime(blockAt, DEMO_CLINIC)}`)).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: '15 minutes after the block' })).toContainText('Missed: you can still answer')
  await expect(page.getByRole('listitem').filter({ hasText: '2 hours after the block' })).toContainText('Due now')
  await expect(page.getByRole('listitem').filter({ hasText: '3 hours after the block' })).toContainText('Not due yet')

  await answerByKeyboard(page, '15 minutes after the block', { nrs: 2, relief: '70' })
  await tabTo(page, page.getByRole('button', { name: 'Answer now: 30 minutes after the block' }), MAX_TABS)
  await page.keyboard.press('Enter')
  await expectNoAxeViolations(page)
  await expectLargeTargets(page)
  await expectNoHorizontalScroll(page)
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowRight')
  await tabTo(page, page.getByRole('button', { name: 'Done: 30 minutes after the block' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText('All your answers are saved.')).toBeVisible()

  // The connection drops: two more answers stay on the device, and the page says so.
  await context.setOffline(true)
  await answerByKeyboard(page, '1 hour after the block', { nrs: 1, relief: '85' })
  await answerByKeyboard(page, '2 hours after the block', { nrs: 3, relief: '60' })
  await expect(page.getByText(/2 answers are kept on this device and will be sent when you are back online/)).toBeVisible()
  await expect(page.getByText('kept on this device, not sent yet')).toHaveCount(2)
  await expectNoAxeViolations(page)

  await context.setOffline(false)
  await expect(page.getByText('All your answers are saved.')).toBeVisible({ timeout: 20_000 })
  expect(await storedAnswers(page, appointmentId)).toEqual({
    '1-hour': 1,
    '15-minutes': 2,
    '2-hours': 3,
    '30-minutes': 1,
    baseline: 7,
  })

  // Submit once; afterwards the diary is read-only, also after a reload.
  await tabTo(page, page.getByRole('button', { name: 'Submit my diary' }), MAX_TABS)
  await page.keyboard.press('Enter')
  await expect(page.getByText('You have answered 5 of 12 questions.')).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: 'Yes, submit my diary' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Diary submitted' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Diary submitted' })).toBeVisible()
  await expect(page.getByRole('radio')).toHaveCount(0)
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Answer now|Change answer|Submit my diary|Correct the time/ })).toHaveCount(0)
  await expect(page.getByRole('listitem').filter({ hasText: '2 hours after the block' })).toContainText('Pain 3 out of 10 · 60% relief')
  await expectNoAxeViolations(page)

  const late = await page.request.post(`/api/diaries/${appointmentId}/entries`, {
    data: { entries: [{ timePointKey: '3-hours', nrs: 0, clientId: crypto.randomUUID(), answeredAt: new Date().toISOString() }] },
  })
  expect(late.status()).toBe(409)
  await page.goto('/portal')
  await expect(page.getByRole('link', { name: /Keep your pain diary/ }).locator('..')).toContainText('Submitted on')
})

test('days before the block, the diary says when it starts and asks for nothing yet', async ({ page, request }) => {
  const { email, appointmentId } = await patientWithBlockAt(request, new Date(Date.now() + 3 * 24 * 3600 * 1000))
  await signInToPortal(page, email, PASSWORD)
  await page.goto(`/portal/appointments/${appointmentId}/diary`)
  await expect(page.getByRole('status').filter({ hasText: 'Your diary starts on the day of your block.' })).toBeVisible()
  const baseline = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Just before the block', exact: true }) })
  await expect(baseline).toContainText('Not due yet')
  await expect(baseline).toContainText(/On \w+day, \w+ \d{1,2}, just before your block/)
  await expect(page.getByRole('button', { name: /^Answer now/ })).toHaveCount(0)
  await expect(page.getByText(/As you leave the clinic on \w+day, \w+ \d{1,2}, record here the time your block was given/)).toBeVisible()
  await expect(page.getByLabel(/Time your block was given/)).toHaveCount(0)
  await expectNoAxeViolations(page)
  await expectNoHorizontalScroll(page)
})

test('answers given offline survive closing the page, and are sent when the diary is opened again', async ({ context, request }) => {
  const { email, appointmentId } = await patientWithBlockAt(request, new Date(Date.now() - 150 * 60_000))
  const page = await context.newPage()
  await signInToPortal(page, email, PASSWORD)
  await page.goto(`/portal/appointments/${appointmentId}/diary`)
  await context.setOffline(true)
  await answerByKeyboard(page, 'Just before the block', { nrs: 6, activity: 'Reaching up to a shelf' })
  await expect(page.getByText(/1 answer is kept on this device and will be sent when you are back online/)).toBeVisible()
  await page.close()

  await context.setOffline(false)
  const reopened = await context.newPage()
  await reopened.goto(`/portal/appointments/${appointmentId}/diary`)
  await expect(reopened.getByRole('listitem').filter({ hasText: 'Just before the block' })).toContainText('Pain 6 out of 10')
  await expect.poll(() => storedAnswers(reopened, appointmentId).catch(() => ({})), { timeout: 20_000 }).toEqual({ baseline: 6 })
  await expect(reopened.getByText('All your answers are saved.')).toBeVisible()
})
