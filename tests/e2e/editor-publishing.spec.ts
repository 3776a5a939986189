import type { Page } from '@playwright/test'

import { signInToAdmin } from './helpers/staff'
import { expect, test } from './helpers/test'

const PUBLIC_PATH = '/procedures/radiofrequency-ablation'

async function openProcedureInAdmin(page: Page, slug: string) {
  await page.goto(`/admin/collections/procedures?search=${encodeURIComponent(slug.replace(/-/g, ' '))}`)
  const response = await page.request.get(`/api/procedures?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: number; title: string }[] }
  await page.getByRole('link', { name: docs[0].title, exact: true }).first().click()
  await expect(page.locator('#field-title')).toHaveValue(docs[0].title)
}

async function publicHeadings(page: Page): Promise<string[]> {
  const response = await page.request.get(PUBLIC_PATH)
  const html = await response.text()
  return [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => match[1])
}

test('an editor edits a section as a draft, which stays private until published', async ({ page }) => {
  const newHeading = `How the treatment works (updated ${Date.now().toString(36)})`
  await signInToAdmin(page, 'editor')
  await openProcedureInAdmin(page, 'radiofrequency-ablation')

  await page.getByRole('button', { name: /show all/i }).first().click()
  const heading = page.locator('#field-sections__0__heading')
  await heading.fill(newHeading)

  // Autosave keeps the change as a draft: the public page must not show it.
  await expect(page.getByText(/last saved/i).first()).toBeVisible({ timeout: 15_000 })
  await page.waitForTimeout(2_000)
  expect((await publicHeadings(page)).join('\n')).not.toContain(newHeading)

  await page.getByRole('button', { name: /publish changes/i }).click()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()

  await expect.poll(async () => (await publicHeadings(page)).join('\n'), { timeout: 20_000 }).toContain(newHeading)
  await page.goto(PUBLIC_PATH)
  await expect(page.getByRole('heading', { level: 2, name: newHeading })).toBeVisible()
})

test('an editor cannot open staff administration or change roles', async ({ page }) => {
  await signInToAdmin(page, 'editor')
  await page.goto('/admin/collections/users/create')
  await expect(page.locator('#field-email')).toHaveCount(0)
})
