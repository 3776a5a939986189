import { expect, type Page } from '@playwright/test'

export const DEMO_STAFF_EMAIL = {
  admin: 'admin@harbourspine.example',
  editor: 'editor@harbourspine.example',
  specialist: 'specialist@harbourspine.example',
} as const

/** Signs in to /admin through the real login form. */
export async function signInToAdmin(page: Page, role: keyof typeof DEMO_STAFF_EMAIL): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(DEMO_STAFF_EMAIL[role])
  await page.getByLabel(/password/i).fill(process.env.DEMO_PASSWORD as string)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}
