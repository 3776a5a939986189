import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Fails with a readable list when axe finds any WCAG 2.2 A/AA violation on the page (or the part `only` selects) as it is now. */
export async function expectNoAxeViolations(page: Page, only?: string): Promise<void> {
  // `only`: a CSS selector, to check the project's own part of a page (Payload's admin is not ours to fix).
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS)
  const { violations } = await (only ? builder.include(only) : builder).analyze()
  const summary = violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }))
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}
