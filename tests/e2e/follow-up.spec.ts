import { randomUUID } from 'node:crypto'

import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { expectNoHorizontalScroll, signInToPortal, tabTo } from './helpers/portal'
import { bookBlock, createPatient, enterSecondStepCode, DEMO_STAFF_EMAIL, staffApi, type StaffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

const PASSWORD = 'a follow-up test password 2026'
const DAY = 24 * 3600 * 1000
const PHONE = { width: 390, height: 844 }

const createdId = async (response: Awaited<ReturnType<StaffApi['post']>>) => {
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/** The patient's diary for the block, answered and submitted through the portal's diary endpoints. */
async function keepAndSubmitDiary(page: Page, appointmentId: number) {
  const base = `/api/diaries/${appointmentId}`
  expect((await page.request.post(`${base}/block-time`, { data: { time: '09:00' } })).ok()).toBe(true)
  const scores: Record<string, number> = { baseline: 8, '15-minutes': 1, '30-minutes': 1, '1-hour': 1, '2-hours': 1, '3-hours': 7, '4-hours': 7 }
  const entries = Object.entries(scores).map(([timePointKey, nrs]) => ({ timePointKey, nrs, activity: 'Standing to cook', clientId: randomUUID(), answeredAt: new Date().toISOString() }))
  expect((await page.request.post(`${base}/entries`, { data: { entries } })).ok()).toBe(true)
  expect((await page.request.post(`${base}/submit`)).ok()).toBe(true)
}

/** One 0-10 question with the keyboard only: Tab into its group, Space on 0, arrow along to the score. */
async function chooseByKeyboard(page: Page, question: string, score: number) {
  const group = page.getByRole('group', { name: question })
  await tabTo(page, group.getByRole('radio', { name: '0 out of 10', exact: true }), 60)
  await page.keyboard.press('Space')
  for (let step = 0; step < score; step++) await page.keyboard.press('ArrowRight')
  await expect(group.getByRole('radio', { name: `${score} out of 10`, exact: true })).toBeChecked()
}

/** Answers the PEG on its page with the keyboard, after first sending it empty to meet the errors. */
async function answerPeg(page: Page, scores: [number, number, number]) {
  await expect(page.getByRole('heading', { level: 1, name: 'PEG three-item pain scale' })).toBeVisible()
  await page.getByRole('button', { name: 'Send my answers' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toContainText('Answer "pain on average".')
  await expect(page.getByRole('group', { name: /how bad has your pain been on average/ })).toContainText('Answer "pain on average".')
  await expectNoAxeViolations(page)
  await chooseByKeyboard(page, 'Over the past week, how bad has your pain been on average?', scores[0])
  await chooseByKeyboard(page, 'Over the past week, how much has pain got in the way of enjoying life?', scores[1])
  await chooseByKeyboard(page, 'Over the past week, how much has pain got in the way of your everyday activities?', scores[2])
  await tabTo(page, page.getByRole('button', { name: 'Send my answers' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Thank you: your answers are saved' })).toBeVisible()
}

/** The number in the outcomes table's "Answered" column for the 6-week PEG row. */
async function sixWeekPegAnswered(page: Page): Promise<number> {
  await page.goto('/clinic/outcomes')
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '6 weeks after', exact: true }) }).filter({ hasText: 'PEG' })
  return Number(await row.getByRole('cell').nth(1).textContent())
}

test('a patient with an ablation decision answers the 6-week PEG; the specialist sees the change; the outcomes page counts it', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const patientContext = await browser.newContext({ viewport: PHONE })
  const patient = await patientContext.newPage()
  // Staff calls go through their own request context, so no staff cookie lands in the patient's browser.
  const admin = await staffApi(request)
  const suffix = Date.now().toString(36)
  const name = `Riley Ablation ${suffix}`
  const email = `ablation-${suffix}@example.com`
  const patientId = await createPatient(admin, { email, password: PASSWORD, fullName: name, dateOfBirth: '1964-02-02' })
  const block = await bookBlock(admin, patientId, { scheduledAt: new Date(Date.now() - 70 * DAY), status: 'done' })
  // The ablation is booked for tomorrow, so the baseline questionnaire is open now.
  const procedures = await (await admin.get('/api/procedures?where[slug][equals]=radiofrequency-ablation&depth=0')).json()
  const ablation = await createdId(
    await admin.post('/api/appointments', {
      patient: patientId,
      procedure: procedures.docs[0].id,
      scheduledAt: new Date(Date.now() + DAY).toISOString(),
      side: 'both',
      levels: 'L4-L5',
      blockNumber: 1,
      agent: 'lidocaine',
      status: 'scheduled',
    }),
  )

  await signInToPortal(patient, email, PASSWORD)
  await keepAndSubmitDiary(patient, block)

  // The specialist records the decision; it starts the follow-up, tied to the booked ablation.
  const specialist = await staffApi(request, 'specialist')
  const diaries = await (await specialist.get(`/api/diaries?where[appointment][equals]=${block}&depth=0`)).json()
  const decided = await specialist.patch(`/api/diaries/${diaries.docs[0].id}`, { review: { decision: 'proceed-to-rfa', note: 'Clear relief.' } })
  expect(decided.status(), await decided.text()).toBe(200)

  // Before the ablation: the baseline PEG is a to-do on the ablation's card.
  await patient.goto('/portal')
  const baselineTodo = patient.getByRole('link', { name: /Before your ablation: answer the PEG/ })
  await expect(baselineTodo).toBeVisible()
  await expectNoAxeViolations(patient)
  await baselineTodo.click()
  await answerPeg(patient, [7, 8, 7])
  await expect(patient.getByText('Your pain score (PEG) is 7.3.')).toBeVisible()

  // Six weeks on: the clinic records the ablation as done 43 days ago (the test moves the clock by moving the appointment).
  const staffContext = await browser.newContext()
  const staff = await staffContext.newPage()
  await staff.goto('/admin/login?redirect=%2Fclinic%2Foutcomes')
  await staff.getByLabel(/email/i).fill(DEMO_STAFF_EMAIL.specialist)
  await staff.getByLabel(/password/i).fill(process.env.DEMO_PASSWORD as string)
  await staff.getByRole('button', { name: /log ?in/i }).click()
  await enterSecondStepCode(staff)
  await staff.waitForURL(/\/clinic\/outcomes/)
  const moved = await admin.patch(`/api/appointments/${ablation}`, { scheduledAt: new Date(Date.now() - 43 * DAY).toISOString(), status: 'done' })
  expect(moved.status(), await moved.text()).toBe(200)
  const countedBefore = await sixWeekPegAnswered(staff)

  await patient.goto('/portal')
  const sixWeekTodo = patient.getByRole('link', { name: /6 weeks after your ablation: answer the PEG/ })
  await expect(sixWeekTodo).toBeVisible()
  await expectNoAxeViolations(patient)
  await sixWeekTodo.click()
  await expectNoHorizontalScroll(patient)
  await answerPeg(patient, [3, 2, 3])
  await expect(patient.getByText('Your pain score (PEG) is down from 7.3 to 2.7 since the ablation.')).toBeVisible()
  await expect(patient.getByText(/improvement|success/i)).toHaveCount(0)
  await expectNoAxeViolations(patient)
  // Answered once, read-only after.
  await patient.getByRole('link', { name: '6 weeks after: PEG three-item pain scale' }).click()
  await expect(patient.getByRole('heading', { name: /Your answers of/ })).toBeVisible()
  await expect(patient.getByRole('button', { name: 'Send my answers' })).toHaveCount(0)
  await expectNoAxeViolations(patient)

  // The specialist's time line shows the change from baseline and the verdict on it.
  await staff.goto(`/clinic/patients/${patientId}`)
  await expect(staff.getByRole('heading', { level: 1, name: `${name}: pathway` })).toBeVisible()
  const sixWeeks = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: '6 weeks after: PEG — Meaningful improvement' }) })
  await expect(sixWeeks).toContainText('Change from baseline -4.6 (-63%)')
  await expect(sixWeeks).toContainText('PEG down 63% from baseline (threshold 30%).')
  await expect(staff.getByRole('heading', { name: 'Radiofrequency ablation', exact: true })).toBeVisible()
  await expectNoAxeViolations(staff)

  // The outcomes page counts it.
  expect(await sixWeekPegAnswered(staff)).toBe(countedBefore + 1)
  await expect(staff.getByRole('img', { name: /Share of patients still improved/ })).toBeVisible()
  await expectNoAxeViolations(staff)
  await patientContext.close()
  await staffContext.close()
})
