import { expect, test, type Page } from '@playwright/test'

import { totpCodeAt } from '@/lib/second-factor'
import { expectNoAxeViolations } from './helpers/axe'
import { enterSecondStepCode, staffApi } from './helpers/staff'

const PASSWORD = 'correct horse battery staple 9'

async function signInWithPassword(page: Page, email: string) {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/password/i).fill(PASSWORD)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/second-factor/)
}

async function signOut(page: Page) {
  await page.goto('/admin/logout')
  await expect(page).toHaveURL(/\/admin\/login/)
}

test('a new member of staff enrols an authenticator app, then signs in with a code or a recovery code', async ({ page, request }) => {
  test.setTimeout(180_000)
  const email = `new-staff-${Date.now().toString(36)}@harbourspine.example`
  const admin = await staffApi(request)
  expect((await admin.post('/api/users', { email, name: 'Nina New', role: 'editor', password: PASSWORD })).status()).toBe(201)

  // First sign-in: QR code, the key as text, a first code, then ten recovery codes shown once.
  await signInWithPassword(page, email)
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your authenticator app' })).toBeVisible()
  await expect(page.getByRole('img', { name: /QR code that adds/ })).toBeVisible()
  await expectNoAxeViolations(page)
  const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '')
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  await page.getByLabel('Enter the 6-digit code the app now shows').fill('000000')
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText('That code is not right.')).toBeVisible()
  await page.getByLabel('Enter the 6-digit code the app now shows').fill(await totpCodeAt(secret))
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Save your recovery codes' })).toBeVisible()
  const recoveryCodes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts()
  expect(recoveryCodes).toHaveLength(10)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'I have saved them, continue' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /procedures/i }).first()).toBeVisible()
  await signOut(page)

  // A later sign-in: a wrong code is refused with a clear message, a generated one lets the editor in.
  await signInWithPassword(page, email)
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your sign-in code' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('6-digit code').fill('000000')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'That code is not right. Enter the 6-digit code your authenticator app shows now.' })).toBeVisible()
  await expect(page.getByLabel('6-digit code')).toBeFocused()
  await expectNoAxeViolations(page)
  await enterSecondStepCode(page, secret)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await signOut(page)

  // A recovery code works once.
  const signInWithRecoveryCode = async (recoveryCode: string) => {
    await signInWithPassword(page, email)
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click()
    await page.getByLabel('Recovery code').fill(recoveryCode)
    await page.getByRole('button', { name: 'Continue' }).click()
  }
  await signInWithRecoveryCode(recoveryCodes[0])
  await expect(page).toHaveURL(/\/admin\/?$/)
  await signOut(page)

  await signInWithRecoveryCode(recoveryCodes[0])
  await expect(page.getByRole('alert').filter({ hasText: 'That recovery code is not right, or it has already been used.' })).toBeVisible()
  await expectNoAxeViolations(page)

  // Signing out from the second step ends the half-done session.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/admin\/login/)
  await expect(page.getByLabel(/email/i)).toBeVisible()
})
