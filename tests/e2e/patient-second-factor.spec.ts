import { TOTP_PERIOD_SECONDS, totpCodeAt } from '@/lib/second-factor'
import { expectNoAxeViolations } from './helpers/axe'
import { signInToPortal } from './helpers/portal'
import { createPatient, staffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

const PASSWORD = 'correct horse battery staple 42'

test('a patient turns on a code at sign-in, signs out, and signs in again with a code from the app', async ({ page, request }) => {
  const email = `two-step-${Date.now()}@example.com`
  await createPatient(await staffApi(request), { email, fullName: 'Robin Two-Step', password: PASSWORD })
  await signInToPortal(page, email, PASSWORD)

  await page.getByRole('link', { name: 'Sign-in security' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in security' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Turn on a code at sign-in' }).click()
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible()
  const key = ((await page.locator('#totp-key').textContent()) ?? '').replace(/\s/g, '')
  expect(key).toMatch(/^[A-Z2-7]{16,}$/)
  await expectNoAxeViolations(page)

  // A wrong first code is refused with words, and nothing is turned on.
  await page.getByLabel('Code', { exact: true }).fill('12345')
  await page.getByRole('button', { name: 'Turn on', exact: true }).click()
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Check the code')

  await page.getByLabel('Code', { exact: true }).fill(await totpCodeAt(key))
  await page.getByRole('button', { name: 'Turn on', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Save your recovery codes' })).toBeFocused()
  await expect(page.locator('.recovery-codes__list li')).toHaveCount(10)
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/signedOut=1/)

  // The password alone is not enough any more: the form asks for the code and keeps the password.
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const codeField = page.getByLabel('Code from your authenticator app')
  await expect(codeField).toBeFocused()
  await expect(page.getByRole('main').getByRole('alert')).toContainText('asks for a code')
  await expectNoAxeViolations(page)

  // The enrolment used this 30-second step's code; the next step's is accepted as clock drift.
  await codeField.fill(await totpCodeAt(key, new Date(Date.now() + TOTP_PERIOD_SECONDS * 1000)))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/portal\/?$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Your appointments' })).toBeVisible()

  await page.getByRole('link', { name: 'Sign-in security' }).click()
  await expect(page.getByText('Code at sign-in is on.')).toBeVisible()
  await expectNoAxeViolations(page)
})
