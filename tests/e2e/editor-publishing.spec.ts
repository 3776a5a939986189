import type { Page } from '@playwright/test'

import { richTextParagraphs } from '@/lib/content-diff'
import { expectNoAxeViolations } from './helpers/axe'
import { signInToAdmin } from './helpers/staff'
import { expect, test } from './helpers/test'

type SectionDoc = { id: number; title: string; sections: { heading: string; body: { root: { children: { type: string }[] } } }[] }

/** Opens a document's edit view from its collection's list, as an editor would; returns it as the API has it. */
async function openInAdmin(page: Page, collection: 'procedures' | 'conditions', slug: string): Promise<SectionDoc> {
  const response = await page.request.get(`/api/${collection}?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await response.json()) as { docs: SectionDoc[] }
  await page.goto(`/admin/collections/${collection}?search=${encodeURIComponent(docs[0].title)}`)
  await page.getByRole('link', { name: docs[0].title, exact: true }).first().click()
  await expect(page.locator('#field-title')).toHaveValue(docs[0].title)
  return docs[0]
}

/** The first place where two paragraphs follow each other at the top level of a section's body. */
function twoAdjacentParagraphs(doc: SectionDoc): { section: number; child: number } {
  for (const [section, { body }] of doc.sections.entries()) {
    const children = body.root.children
    for (let child = 0; child + 1 < children.length; child++) {
      if (children[child].type === 'paragraph' && children[child + 1].type === 'paragraph') return { section, child }
    }
  }
  throw new Error('No section has two paragraphs in a row')
}

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

test('sections are labelled by their headings, and a merged paragraph shows in the changes before publishing', async ({ page }) => {
  await signInToAdmin(page, 'editor')
  const doc = await openInAdmin(page, 'conditions', 'facet-joint-disease')
  // Each section's row carries its number and heading, not "Section 01".
  for (const [index, { heading }] of doc.sections.entries()) {
    await expect(page.getByText(`${index + 1}. ${heading}`, { exact: true })).toBeVisible()
  }
  await expect(page.getByText(/^Section \d+$/)).toHaveCount(0)

  const changes = page.getByRole('region', { name: 'Changes since the published version' })
  await expect(changes).toContainText('None: the draft reads the same as the published page.')

  // Join two paragraphs, as a slip while retyping a selected sentence would: Backspace at the start of the second.
  const { section, child } = twoAdjacentParagraphs(doc)
  const [, secondParagraph] = richTextParagraphs({ root: { children: doc.sections[section].body.root.children.slice(child, child + 2) } })
  await page.getByRole('button', { name: /show all/i }).first().click()
  const editor = page.locator(`[data-field-path="sections.${section}.body"] [contenteditable="true"]`)
  await editor.locator(':scope > *').nth(child + 1).click({ position: { x: 2, y: 4 } })
  await page.keyboard.press('Home')
  await page.keyboard.press('Backspace')

  // Before publishing, the panel beside the Publish button names the section and shows the lost break in words.
  const sectionLabel = `Section ${section + 1}: ${doc.sections[section].heading} (changed)`
  await expect(changes.getByRole('heading', { level: 3, name: sectionLabel })).toBeVisible()
  const merged = changes.locator('p').filter({ has: page.locator('del', { hasText: 'paragraph break removed (paragraphs merged)' }) })
  await expect(merged).toHaveCount(1)
  await expect(merged).toContainText(secondParagraph.split(' ').slice(0, 4).join(' '))
  await expect(page.getByRole('button', { name: /publish changes/i })).toBeVisible()
  await expectNoAxeViolations(page, '.published-changes')

  // Undone, the draft reads as the published page again: nothing left to publish.
  await page.keyboard.press('ControlOrMeta+z')
  await expect(changes).toContainText('None: the draft reads the same as the published page.')
})

test('the admin wears the clinic\'s name, logo and icon, with no broken image', async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page).toHaveTitle(/· Harbour Spine Clinic admin$/)
  await expect(page.getByText('Harbour Spine Clinic', { exact: true })).toBeVisible()
  // The site's favicon.ico (an app-wide file convention) is listed too; the admin adds its own drawing.
  const icon = page.locator('link[rel="icon"][type="image/svg+xml"]')
  await expect(icon).toHaveAttribute('href', /\/admin-icon\.svg$/)
  const iconResponse = await page.request.get('/admin-icon.svg')
  expect(iconResponse.status()).toBe(200)
  expect(iconResponse.headers()['content-type']).toContain('image/svg+xml')

  await signInToAdmin(page, 'editor')
  await expect(page.getByRole('img', { name: 'Harbour Spine Clinic admin' }).first()).toBeVisible()
  await openInAdmin(page, 'procedures', 'medial-branch-block')
  // Every image the admin shows (the account avatar among them) has loaded.
  const broken = () => page.evaluate(() => [...document.images].filter((image) => image.complete && image.naturalWidth === 0).map((image) => image.src))
  await expect.poll(broken).toEqual([])
  // The clinic workspace is for specialists and admins: no link for an editor.
  await expect(page.getByRole('link', { name: 'Open the clinic workspace' })).toHaveCount(0)
})

test('each seeded page\'s edit view opens straight from its address, with the changes panel', async ({ page }) => {
  await signInToAdmin(page, 'editor')
  for (const slug of ['medial-branch-block', 'radiofrequency-ablation']) {
    const response = await page.request.get(`/api/procedures?where[slug][equals]=${slug}&depth=0`)
    const { docs } = (await response.json()) as { docs: { id: number; title: string }[] }
    const opened = await page.goto(`/admin/collections/procedures/${docs[0].id}`)
    expect(opened?.status(), slug).toBe(200)
    await expect(page.locator('#field-title')).toHaveValue(docs[0].title)
    await expect(page.getByRole('heading', { name: 'Changes since the published version' })).toBeVisible()
  }
})
