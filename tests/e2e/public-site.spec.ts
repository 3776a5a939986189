import { expectNoAxeViolations } from './helpers/axe'
import { expect, test } from './helpers/test'

const PUBLIC_PAGES = [
  { path: '/', heading: /./ },
  { path: '/procedures/medial-branch-block', heading: /medial branch block/i },
  { path: '/procedures/radiofrequency-ablation', heading: /radiofrequency ablation/i },
  { path: '/conditions/facet-joint-disease', heading: /facet joint/i },
  { path: '/faq', heading: /question/i },
]

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
]

for (const viewport of VIEWPORTS) {
  test.describe(`on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } })

    for (const { path, heading } of PUBLIC_PAGES) {
      test(`${path} reads well and passes axe`, async ({ page }) => {
        const response = await page.goto(path)
        expect(response?.status()).toBe(200)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
        await expect(page).toHaveTitle(/Harbour Spine Clinic/)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0)
        await expectNoAxeViolations(page)
      })
    }

    test('the 404 page helps the visitor on and passes axe', async ({ page }) => {
      const response = await page.goto('/procedures/not-a-real-procedure')
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found|can.t find|cannot find/i)
      await expect(page.getByRole('link', { name: /home/i }).first()).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

test('a keyboard user can skip to the content and use the table of contents', async ({ page }) => {
  await page.goto('/procedures/medial-branch-block')
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: /skip to/i })
  await expect(skipLink).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main/)

  const contents = page.getByRole('navigation', { name: /on this page|contents/i })
  const risksLink = contents.getByRole('link', { name: /risk/i })
  await risksLink.focus()
  await page.keyboard.press('Enter')
  const target = decodeURIComponent(new URL(page.url()).hash.slice(1))
  expect(target).not.toBe('')
  await expect(page.locator(`[id="${target}"]`)).toBeInViewport()
})

test('the medial branch block page teaches the whole article, section by section', async ({ page }) => {
  await page.goto('/procedures/medial-branch-block')
  const sectionHeadings = page.locator('main h2')
  expect(await sectionHeadings.count()).toBeGreaterThanOrEqual(12)
  await expect(page.getByRole('link', { name: /radiofrequency ablation/i }).first()).toHaveAttribute('href', '/procedures/radiofrequency-ablation')
  const description = await page.locator('meta[name="description"]').getAttribute('content')
  expect(description?.length).toBeGreaterThan(40)
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toMatch(/medial branch block/i)
})

test('the FAQ page carries FAQPage structured data for every question shown', async ({ page }) => {
  await page.goto('/faq')
  const json = await page.locator('script[type="application/ld+json"]').first().textContent()
  const data = JSON.parse(json ?? '{}')
  expect(data['@type']).toBe('FAQPage')
  expect(data.mainEntity.length).toBeGreaterThanOrEqual(6)
  for (const item of data.mainEntity) {
    expect(item['@type']).toBe('Question')
    expect(item.acceptedAnswer.text.length).toBeGreaterThan(20)
  }
  expect(JSON.stringify(data)).toMatch(/epidural/i)
})
