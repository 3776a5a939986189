import { expectNoAxeViolations } from './helpers/axe'
import { signInToPortal } from './helpers/portal'
import { createPatient, staffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

const PASSWORD = 'correct horse battery staple 42'

test('a patient chooses text messages and their quiet hours on a phone-sized screen', async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const email = `reminders-${Date.now()}@example.com`
  const staff = await staffApi(request)
  const patientId = await createPatient(staff, { email, fullName: 'Sam Reminders', password: PASSWORD })
  await signInToPortal(page, email, PASSWORD)

  await page.getByRole('link', { name: 'Reminders' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Diary reminders' })).toBeVisible()
  // Until the patient chooses, reminders go by email, quiet from 22:00 to 07:00.
  await expect(page.getByLabel('By email')).toBeChecked()
  await expect(page.getByLabel('Quiet from')).toHaveValue('22:00')
  await expectNoAxeViolations(page)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  // Text messages need a number: refused with words, nothing saved.
  await page.getByLabel('By text message (SMS)').check()
  await page.getByRole('button', { name: 'Save reminder choices' }).click()
  await expect(page.getByText('Enter the mobile number for text messages')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Mobile number for text messages').fill('07700 900123')
  await page.getByLabel('Quiet from').fill('23:00')
  await page.getByLabel('When you usually wake up').fill('09:30')
  await page.getByRole('button', { name: 'Save reminder choices' }).click()
  await expect(page.getByText('Your reminder choices are saved.')).toBeVisible()

  const stored = (await (await staff.get(`/api/patients/${patientId}?depth=0`)).json()) as { reminders: Record<string, string | null> }
  expect(stored.reminders).toMatchObject({ mobile: '+447700900123', quietHoursStart: '23:00', quietHoursEnd: '07:00', wakeTime: '09:30' })
  expect(stored.reminders.smsConsentedAt).toBeTruthy()
  expect(stored.reminders.emailConsentedAt).toBeTruthy()

  await page.reload()
  await expect(page.getByLabel('By text message (SMS)')).toBeChecked()
  await expect(page.getByLabel('Mobile number for text messages')).toHaveValue('+447700900123')
})
