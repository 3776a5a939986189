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

test.describe('the public site on a 390 px phone (issue 12)', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  const ARTICLE = '/procedures/medial-branch-block'

  test('the article shows the facet joints and the medial branch nerve, with a text alternative', async ({ page }) => {
    await page.goto(ARTICLE)
    const picture = page.getByRole('img', { name: /facet joints and the medial branch nerve/i })
    await picture.scrollIntoViewIfNeeded()
    await expect(picture).toBeVisible()
    const box = await picture.boundingBox()
    expect(box!.width, 'fits the phone').toBeLessThanOrEqual(390)
    expect(box!.width, 'large enough to read').toBeGreaterThan(250)
    const describedBy = await picture.getAttribute('aria-describedby')
    const alternative = page.locator(`[id="${describedBy}"]`)
    await expect(alternative).toBeVisible()
    await expect(alternative).toContainText(/medial branch/i)
    await expect(alternative).toContainText(/needle/i)
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /what is a medial branch block/i }) })
    await expect(section.getByRole('img', { name: /facet joints/i }), 'placed where the anatomy is explained').toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('"Back to top" takes a keyboard user to the top, and the next Tab starts from there', async ({ page }) => {
    await page.goto(ARTICLE)
    const links = page.getByRole('link', { name: 'Back to top' })
    expect(await links.count(), 'one after each section').toBeGreaterThanOrEqual(12)
    const deepLink = links.nth(8)
    await deepLink.focus()
    await expect(deepLink).toBeInViewport()
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#top$/)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: /skip to/i })).toBeFocused()
  })

  test('the article lists the practical facts before booking, and its phone numbers are tel: links', async ({ page }) => {
    await page.goto(ARTICLE)
    const heading = page.getByRole('heading', { level: 2, name: /before you book: the practical facts/i })
    await expect(heading).toBeVisible()
    await expect(page.getByRole('navigation', { name: /on this page/i }).getByRole('link', { name: /before you book/i })).toBeVisible()
    const section = page.locator('section', { has: heading })
    for (const fact of [/two hours/i, /do not drive/i, /blood thinners/i, /light meal/i, /why two blocks/i, /80%/, /50%/]) {
      await expect(section, String(fact)).toContainText(fact)
    }
    const call = section.getByRole('link', { name: '(617) 555-0142' })
    await expect(call).toHaveAttribute('href', 'tel:6175550142')
    await expect(page.locator('main a[href="tel:911"]').first(), 'call 911 in the risks section').toBeVisible()
    await expect(page.locator('footer a[href="tel:911"]'), 'the footer text too').toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the menu is one short line under the clinic name, scrolls sideways and works by keyboard', async ({ page }) => {
    await page.goto('/')
    const header = page.locator('header.site-header')
    const height = (await header.boundingBox())!.height
    // The clinic's name, the language link beside it, and one line of menu.
    expect(height, 'header height in px').toBeLessThanOrEqual(72)
    const menu = page.getByRole('navigation', { name: 'Main' })
    const portal = menu.getByRole('link', { name: 'Patient portal' })
    await page.keyboard.press('Tab') // skip link
    await page.keyboard.press('Tab') // clinic name
    for (let step = 0; step < 10 && !(await portal.evaluate((link) => link === document.activeElement)); step++) {
      await page.keyboard.press('Tab')
    }
    await expect(portal).toBeFocused()
    await expect(portal, 'a focused menu link scrolls into view').toBeInViewport({ ratio: 1 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, 'only the menu line scrolls, not the page').toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page)
  })

  test('each FAQ answer appears once', async ({ page }) => {
    await page.goto('/faq')
    const answers = await page.locator('.faq .prose').allInnerTexts()
    expect(answers.length).toBeGreaterThanOrEqual(9)
    expect(new Set(answers).size, 'no answer repeated').toBe(answers.length)
    await expectNoAxeViolations(page)
  })

  test('/favicon.ico is an icon, and pages name one', async ({ page, request }) => {
    const response = await request.get('/favicon.ico')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/icon/)
    expect([...(await response.body()).subarray(0, 4)], 'ICO header').toEqual([0, 0, 1, 0])
    await page.goto('/')
    const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
    expect(icons.length).toBeGreaterThan(0)
    for (const href of icons) expect((await request.get(href)).status(), href).toBe(200)
  })

  for (const path of ['/', ARTICLE, '/faq']) {
    test(`${path} loads no live-preview or admin code`, async ({ page, request }) => {
      await page.goto(path)
      const sources = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src))
      expect(sources.length, "Next's runtime").toBeGreaterThan(0)
      for (const src of sources) {
        expect(src).not.toMatch(/live-preview/)
        const code = await (await request.get(src)).text()
        expect(code, src).not.toMatch(/payload-live-preview|payload-document-event|@payloadcms\/ui/)
      }
    })
  }
})
