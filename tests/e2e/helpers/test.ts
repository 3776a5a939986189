import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test'

/**
 * Playwright's `test`, failing any test during which the browser reports a Content-Security-Policy
 * violation on any page it opened: the `securitypolicyviolation` event each document fires, and the
 * console error Chromium prints. Covers the default context and every context a test makes itself.
 */
const REPORT_BINDING = '__reportCspViolation'

async function watchForCspViolations(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding(REPORT_BINDING, (_source, report: string) => {
    violations.push(report)
  })
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding]
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} on ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`)
    })
  }, REPORT_BINDING)
  context.on('console', (message) => {
    if (message.type() === 'error' && /content security policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`)
  })
}

export const test = base.extend<{ failOnCspViolations: void }>({
  failOnCspViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = []
      await watchForCspViolations(context, violations)
      const newContext = browser.newContext.bind(browser)
      const guarded: Browser['newContext'] = async (options) => {
        const created = await newContext(options)
        await watchForCspViolations(created, violations)
        return created
      }
      browser.newContext = guarded
      try {
        await use()
      } finally {
        browser.newContext = newContext
      }
      expect([...new Set(violations)], 'Content-Security-Policy violations reported by the browser').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
