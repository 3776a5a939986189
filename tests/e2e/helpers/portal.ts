import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { expect, type Locator, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'

export const DEMO_PATIENT_EMAIL = 'pat.morgan@example.com'
export const PHONE_VIEWPORT = { width: 375, height: 740 }
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 }

type OutboxMail = { to: unknown; subject?: string; text: string; sentAt?: string }

/** The newest mail in the file outbox (EMAIL_OUTBOX_DIR) addressed to `address`, or null. */
function newestMailTo(address: string): OutboxMail | null {
  const dir = process.env.EMAIL_OUTBOX_DIR
  if (!dir) throw new Error('EMAIL_OUTBOX_DIR is not set: run the end-to-end tests through `npm test`.')
  if (!existsSync(dir)) return null
  const mails = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file: path.join(dir, file), time: statSync(path.join(dir, file)).mtimeMs }))
    .sort((a, b) => b.time - a.time || b.file.localeCompare(a.file))
  for (const { file } of mails) {
    const mail = JSON.parse(readFileSync(file, 'utf8')) as OutboxMail
    if (String(mail.to).toLowerCase().includes(address.toLowerCase())) return mail
  }
  return null
}

/** Waits for a portal link (activate or reset-password) mailed to `address` and returns its path and query. */
export async function portalLinkMailedTo(address: string, kind: 'activate' | 'reset-password'): Promise<string> {
  let link = ''
  await expect
    .poll(
      () => {
        const mail = newestMailTo(address)
        const match = mail ? new RegExp(`https?://\\S+?(/portal/${kind}\\?token=[^\\s"<]+)`).exec(mail.text) : null
        link = match?.[1] ?? ''
        return link
      },
      { message: `a ${kind} link mailed to ${address}`, timeout: 15_000 },
    )
    .not.toBe('')
  return link
}

/** Runs axe on the page as it is now at phone and desktop widths, and checks nothing scrolls sideways on the phone. */
export async function expectAccessibleAtAllWidths(page: Page): Promise<void> {
  const original = page.viewportSize()
  await page.setViewportSize(PHONE_VIEWPORT)
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)
  await page.setViewportSize(DESKTOP_VIEWPORT)
  await expectNoAxeViolations(page)
  if (original) await page.setViewportSize(original)
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0)
}

/** Presses Tab until `target` has focus (fails after `maxPresses`), as a keyboard-only user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 25): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** The focused element shows a visible focus indicator (an outline or a box shadow). */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused()
  const indicator = await target.evaluate((element) => {
    const style = getComputedStyle(element)
    const after = getComputedStyle(element, '::after')
    return (
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow !== 'none' ||
      (after.outlineStyle !== 'none' && parseFloat(after.outlineWidth) >= 2)
    )
  })
  expect(indicator, 'a visible focus indicator').toBe(true)
}

/** Every visible link and button on the page is at least 44 by 44 CSS pixels (or is inline text in a sentence). */
export async function expectLargeTargets(page: Page, scope: Locator = page.locator('main')): Promise<void> {
  const small = await scope.evaluate((root) => {
    const problems: string[] = []
    for (const element of root.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), a[href]')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      // Links inside a sentence are exempt (WCAG 2.5.8 "inline" exception).
      if (element.tagName === 'A' && getComputedStyle(element).display === 'inline') continue
      // A checkbox's target includes its label.
      const label = element instanceof HTMLInputElement && element.type === 'checkbox' ? element.labels?.[0]?.getBoundingClientRect() : null
      if (label && label.height >= 44 - 0.5) continue
      if (box.height < 44 - 0.5 || (element.tagName !== 'A' && box.width < 44 - 0.5)) {
        problems.push(`${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.id).trim()}" ${Math.round(box.width)}x${Math.round(box.height)}`)
      }
    }
    return problems
  })
  expect(small, 'controls smaller than 44px').toEqual([])
}

/** Signs in through the portal's form. */
export async function signInToPortal(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/portal/sign-in')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/portal\/?$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Your appointments' })).toBeVisible()
}
