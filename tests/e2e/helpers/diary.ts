import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { tabTo } from './portal'
import { bookBlock, createPatient, staffApi, type StaffApi } from './staff'

/** Helpers for the pain diary's browser tests. */
export const PASSWORD = 'correct horse battery staple 42'
export const MAX_TABS = 80

/** A patient with one block appointment at `blockAt`, made by an admin through the REST API (pass `admin` to reuse a staff sign-in). */
export async function patientWithBlockAt(request: APIRequestContext, blockAt: Date, admin?: StaffApi) {
  admin ??= await staffApi(request)
  const email = `diary-e2e-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`
  const patientId = await createPatient(admin, { email, password: PASSWORD, fullName: 'Dana Diary' })
  const appointmentId = await bookBlock(admin, patientId, { scheduledAt: blockAt, side: 'left', levels: 'L4-L5, L5-S1' })
  return { email, appointmentId, blockAt, admin }
}

/** Answers one time point with the keyboard only: open it, arrow along the scale, type, Done. */
export async function answerByKeyboard(page: Page, label: string, answer: { nrs: number; relief?: string; activity?: string }) {
  const open = page.getByRole('button', { name: `Answer now: ${label}` })
  await expect(open).toBeVisible()
  await tabTo(page, open, MAX_TABS)
  await page.keyboard.press('Enter')
  const point = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: label, exact: true }) })
  await expect(point.getByRole('group')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(point.getByRole('radio', { name: '0 out of 10', exact: true })).toBeFocused()
  if (answer.nrs === 0) await page.keyboard.press('Space')
  for (let step = 0; step < answer.nrs; step++) await page.keyboard.press('ArrowRight')
  await expect(point.getByRole('radio', { name: `${answer.nrs} out of 10`, exact: true })).toBeChecked()
  if (answer.relief !== undefined) {
    await page.keyboard.press('Tab')
    await page.keyboard.type(answer.relief)
  }
  if (answer.activity !== undefined) {
    await tabTo(page, point.getByLabel('Which activity did you do?'))
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type(answer.activity)
  }
  await tabTo(page, point.getByRole('button', { name: `Done: ${label}` }))
  await page.keyboard.press('Enter')
  await expect(point.getByText(`Pain ${answer.nrs} out of 10`)).toBeVisible()
}

export async function storedAnswers(page: Page, appointmentId: number) {
  const diaries = await (await page.request.get(`/api/diaries?where[appointment][equals]=${appointmentId}&depth=0`)).json()
  const entries = await (await page.request.get(`/api/diary-entries?where[diary][equals]=${diaries.docs[0].id}&limit=50&sort=timePointKey`)).json()
  return Object.fromEntries(entries.docs.map((entry: { timePointKey: string; nrs: number }) => [entry.timePointKey, entry.nrs]))
}


/** Every answer the server holds for the appointment, as time point keys (a key stored twice shows twice). */
export async function storedTimePointKeys(page: Page, appointmentId: number): Promise<string[]> {
  const diaries = await (await page.request.get(`/api/diaries?where[appointment][equals]=${appointmentId}&depth=0`)).json()
  if (!diaries.docs[0]) return []
  const entries = await (await page.request.get(`/api/diary-entries?where[diary][equals]=${diaries.docs[0].id}&limit=50&sort=timePointKey`)).json()
  return entries.docs.map((entry: { timePointKey: string }) => entry.timePointKey)
}
