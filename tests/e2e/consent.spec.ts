import { readFileSync } from 'node:fs'

import { request as playwrightRequest, type Browser, type Page } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'

import { DEMO_CLINIC } from '../helpers/clinic'
import { pdfPageText } from '../helpers/pdfText'
import { callAsPage, giveCurrentConsentItsSpanish, withConsentVersionsSteady } from './helpers/consentVersions'
import { expectAccessibleAtAllWidths, expectLargeTargets, expectVisibleFocus, signInToPortal, tabTo } from './helpers/portal'
import { bookBlock, createPatient, signInToAdmin, staffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

test.use({ timezoneId: DEMO_CLINIC.timeZone })
test.describe.configure({ mode: 'serial' })

const PASSWORD = 'a quiet harbour at dawn 42'
const suffix = Date.now().toString(36)
const patient = { email: `kim.keyboard.${suffix}@example.com`, fullName: `Kim Keyboard ${suffix}`, clinicNumber: `KK-${suffix}`, appointmentId: 0 }

/** A patient with one appointment four days ahead, made by clinical staff through the REST API. */
test.beforeAll(async () => {
  const api = await playwrightRequest.newContext({ baseURL: process.env.APP_URL })
  const admin = await staffApi(api)
  const patientId = await createPatient(admin, { email: patient.email, fullName: patient.fullName, clinicNumber: patient.clinicNumber, dateOfBirth: '1971-05-06', password: PASSWORD })
  patient.appointmentId = await bookBlock(admin, patientId, { scheduledAt: new Date(Date.now() + 4 * 86_400_000), side: 'right', levels: 'L3-L4, L4-L5' })
  await api.dispose()
})

function consentTodo(page: Page) {
  return page.locator('li.todo', { has: page.locator(`a[href="/portal/appointments/${patient.appointmentId}/consent"]`) })
}

/** The newest published consent version, fetched in the page as the signed-in admin UI would. */
async function newestPublishedVersion(page: Page): Promise<{ id: number; version: number }> {
  return page.evaluate(async () => {
    const response = await fetch('/api/consent-documents?where[_status][equals]=published&sort=-version&limit=1&depth=0', { credentials: 'include' })
    return ((await response.json()) as { docs: { id: number; version: number }[] }).docs[0]
  })
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: process.env.APP_URL, timezoneId: DEMO_CLINIC.timeZone, acceptDownloads: true })
  return context.newPage()
}

test('a patient signs the consent form with the keyboard only, downloads the PDF, and sees it signed', async ({ page }) => {
  test.setTimeout(180_000)
  await signInToPortal(page, patient.email, PASSWORD)
  await expect(consentTodo(page)).toContainText('Sign your consent form')
  await expect(consentTodo(page)).toContainText('To sign')
  await expectAccessibleAtAllWidths(page)

  await tabTo(page, consentTodo(page).getByRole('link'), 60)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/portal/appointments/${patient.appointmentId}/consent$`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Consent for your appointment on')
  await expect(page.getByRole('heading', { level: 2, name: 'Consent to a medial branch block' })).toBeVisible()
  await expectAccessibleAtAllWidths(page)
  await expectLargeTargets(page)

  const statements = page.getByRole('checkbox')
  const count = await statements.count()
  expect(count).toBeGreaterThanOrEqual(3)
  const name = page.getByLabel('Type your full name')
  const continueButton = page.getByRole('button', { name: 'Continue to check and sign' })

  // First a mistake: one statement left unticked and the wrong name.
  await tabTo(page, statements.first(), 60)
  await expectVisibleFocus(statements.first())
  for (let index = 0; index < count - 1; index++) {
    await expect(statements.nth(index)).toBeFocused()
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
  }
  await tabTo(page, name)
  await page.keyboard.type('Kim Somebody')
  await tabTo(page, continueButton)
  await page.keyboard.press('Enter')
  // Focus goes to the first problem, the unticked statement, with its message beside it; the summary lists both.
  const problems = page.locator('#consent-form-top')
  const unticked = statements.nth(count - 1)
  await expect(unticked).toBeFocused()
  await expect(unticked).toHaveAttribute('aria-invalid', 'true')
  await expect(unticked).toHaveAccessibleDescription(/Tick every statement/)
  await expect(page.locator('#acknowledgements-error')).toContainText('Tick every statement')
  await expect(problems).toContainText('Tick every statement')
  await expect(problems).toContainText('does not match the name the clinic has for you')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(name).toHaveAccessibleDescription(/does not match the name the clinic has for you/)
  await expectAccessibleAtAllWidths(page)

  // Then put it right, still with the keyboard.
  await tabTo(page, statements.nth(count - 1))
  await page.keyboard.press('Space')
  await tabTo(page, name)
  await page.keyboard.press('ControlOrMeta+A')
  // Typed with stray spaces: the record keeps it as typed, and also tidied.
  const typed = `  KIM   KEYBOARD ${suffix.toUpperCase()} `
  await page.keyboard.type(typed)
  await page.keyboard.press('Enter')

  const certifyHeading = page.getByRole('heading', { level: 2, name: 'Check and sign' })
  await expect(certifyHeading).toBeFocused()
  const certification = page.locator('.certification')
  await expect(certification).toContainText(typed.trim())
  await expect(certification).toContainText('By signing, you confirm that you have read and understood this consent document')
  await expect(certification).toContainText(/\w+day, \w+ \d{1,2}, \d{4} at \d{1,2}:\d{2} [AP]M/)
  // Patients read a plain promise, not a hexadecimal fingerprint (that is in the PDF and for staff).
  await expect(certification).toContainText('The signed copy cannot be changed')
  await expect(certification).not.toContainText(/[0-9a-f]{64}/)
  await expect(certification).not.toContainText('SHA-256')
  await expectAccessibleAtAllWidths(page)

  // Signing without the last tick, on a phone: focus lands on that box, and its message is on screen beside it.
  await page.setViewportSize({ width: 390, height: 844 })
  const certify = page.getByRole('checkbox', { name: /I have checked these details/ })
  const signButton = page.getByRole('button', { name: 'Sign the consent form' })
  await tabTo(page, signButton)
  await page.keyboard.press('Enter')
  await expect(certify).toBeFocused()
  await expect(certify).toHaveAttribute('aria-invalid', 'true')
  await expect(certify).toHaveAccessibleDescription(/Confirm that you understand what signing means/)
  await expect(page.locator('#certified-error')).toBeInViewport()
  await expect(certify).toBeInViewport()
  await expectAccessibleAtAllWidths(page)
  await page.setViewportSize({ width: 390, height: 844 })

  await certify.focus()
  await page.keyboard.press('Space')
  await expect(page.locator('#certified-error')).toHaveCount(0)
  await tabTo(page, signButton)
  await expectVisibleFocus(signButton)
  await page.keyboard.press('Enter')

  const confirmation = page.getByRole('status').filter({ hasText: 'Your consent is signed' })
  await expect(confirmation).toBeVisible()
  await expect(confirmation).toBeFocused()
  await expect(page.getByText(/You signed version \d+ of “Consent to a medial branch block” on/)).toBeVisible()
  await expect(page.getByText(/This signed copy cannot be changed/)).toBeVisible()
  await expectAccessibleAtAllWidths(page)
  await expectLargeTargets(page)

  // The PDF: downloaded with the keyboard; its page text and its metadata hold the typed name and the hash.
  const downloadLink = page.getByRole('link', { name: 'Download your signed consent form (PDF)' })
  await tabTo(page, downloadLink)
  const downloading = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  const bytes = readFileSync(await download.path())
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
  // The PDF is a record for other readers: who (name, date of birth, clinic number), when (in words, clinic time), what was typed.
  const pageText = pdfPageText(bytes)
  expect(pageText).toContain(patient.fullName)
  expect(pageText).toContain('May 6, 1971')
  expect(pageText).toContain(patient.clinicNumber)
  expect(pageText).toContain(`“${typed.trim()}”`)
  expect(pageText).toContain(typed.trim().replace(/\s+/g, ' '))
  expect(pageText).toMatch(/\w+day, \w+ \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M \(America\/New_York\)/)
  const hash = /SHA-256 of the consent text shown and signed\n([0-9a-f]{64})/.exec(pageText)?.[1] ?? ''
  expect(hash).toMatch(/^[0-9a-f]{64}$/)
  const pdf = await PDFDocument.load(bytes)
  expect(pdf.getTitle()).toContain(typed.trim())
  expect(pdf.getSubject()).toContain(hash)

  await tabTo(page, page.getByRole('link', { name: 'Back to your appointments' }), 40)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/portal\/?$/)
  await expect(consentTodo(page)).toContainText('Your consent form')
  await expect(consentTodo(page)).toContainText(/Signed on \w+day, \w+ \d{1,2}, \d{4}/)
  await expectAccessibleAtAllWidths(page)
})

test('an editor publishes a new version in /admin, and the patient is asked to sign it', async ({ browser }) => {
  test.setTimeout(180_000)
  const editor = await newPage(browser)
  await signInToAdmin(editor, 'editor')
  // Another worker's test may be reading and signing the current version: it finishes first (helpers/consentVersions.ts).
  const current = await withConsentVersionsSteady(async () => {
    const published = await newestPublishedVersion(editor)
    await editor.goto(`/admin/collections/consent-documents/${published.id}`)
    await expect(editor.getByText(`Version ${published.version} is published`)).toBeVisible()
    await editor.getByRole('button', { name: 'Start a new version' }).click()
    await expect(editor).not.toHaveURL(new RegExp(`/consent-documents/${published.id}$`), { timeout: 20_000 })
    await expect(editor).toHaveURL(/\/admin\/collections\/consent-documents\/\d+$/)

    const benefit = editor.locator('#field-benefits__0__text')
    await expect(benefit).toBeEditable({ timeout: 20_000 })
    await benefit.fill(`A clearer answer about where your pain comes from (updated ${suffix}).`)
    await editor.getByRole('button', { name: /publish changes/i }).click()
    await expect(editor.getByText(/published successfully|updated successfully/i).first()).toBeVisible({ timeout: 20_000 })
    await expect.poll(async () => (await newestPublishedVersion(editor)).version).toBe(published.version + 1)
    // The clinic adds the Spanish text of the new version (Spanish-speaking patients sign in Spanish).
    await giveCurrentConsentItsSpanish(callAsPage(editor))
    return published
  })

  const page = await newPage(browser)
  await signInToPortal(page, patient.email, PASSWORD)
  await expect(consentTodo(page)).toContainText('Sign the updated consent form')
  await expect(consentTodo(page)).toContainText('New version to sign')
  await expectAccessibleAtAllWidths(page)

  await consentTodo(page).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 2, name: 'There is a new version to sign' })).toBeVisible()
  const document = page.locator('.consent-document')
  await expect(document.getByText(`Version ${current.version + 1}`, { exact: true })).toBeVisible()
  await expect(document.getByText(`(updated ${suffix})`)).toBeVisible()
  await expect(page.getByRole('link', { name: /Download the signed form \(PDF\)/ })).toBeVisible()
  await expectAccessibleAtAllWidths(page)
})

test('the patient signs the new version with a drawn signature as well, and is signed again', async ({ page }) => {
  test.setTimeout(120_000)
  await signInToPortal(page, patient.email, PASSWORD)
  await consentTodo(page).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 2, name: 'There is a new version to sign' })).toBeVisible()
  const statements = page.getByRole('group', { name: 'Confirm each statement' }).getByRole('checkbox')
  await expect(statements.first()).toBeEnabled()
  const count = await statements.count()
  expect(count).toBeGreaterThanOrEqual(3)
  for (let index = 0; index < count; index++) await statements.nth(index).check()
  await page.getByLabel('Type your full name').fill(patient.fullName)

  const canvas = page.locator('canvas.signature__canvas')
  await canvas.scrollIntoViewIfNeeded()
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + 30, box.y + box.height / 2)
  await page.mouse.down()
  for (const [dx, dy] of [[60, -30], [120, 25], [180, -20], [240, 15]]) await page.mouse.move(box.x + 30 + dx, box.y + box.height / 2 + dy, { steps: 5 })
  await page.mouse.up()
  await expect(page.getByText('Signature drawn.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Clear the drawing' })).toBeVisible()

  await page.getByRole('button', { name: 'Continue to check and sign' }).click()
  await expect(page.getByRole('img', { name: 'Your drawn signature' })).toBeVisible()
  await page.getByRole('checkbox', { name: /I have checked these details/ }).check()
  await page.getByRole('button', { name: 'Sign the consent form' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your consent is signed' })).toBeVisible()

  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download your signed consent form (PDF)' }).click()
  const pageText = pdfPageText(readFileSync(await (await downloading).path()))
  expect(pageText).toContain('Signature: drawn by the patient')
  expect(pageText).not.toContain('None drawn')

  await page.getByRole('link', { name: 'Back to your appointments' }).click()
  await expect(consentTodo(page)).toContainText(/Signed on \w+day/)
})
