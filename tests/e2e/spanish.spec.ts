/**
 * A Spanish-speaking patient uses the portal in Spanish: chooses Español at activation, then every
 * page they read is in Spanish with lang="es", at phone width, axe-clean. Each step is its own helper
 * so later steps (consent, diary, outcome) can be added after `readsTheInstructions`.
 */
import type { Browser, Page } from '@playwright/test'

import { zonedDateTime } from '@/lib/dates'
import { DEMO_CLINIC } from '../helpers/clinic'
import { expectNoAxeViolations } from './helpers/axe'
import { expectNoHorizontalScroll, portalLinkMailedTo } from './helpers/portal'
import { bookBlock, createPatient, staffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

/** The seeded clinic's zone and its US 12-hour clock (Spanish in the US: "9:30 a.m."). */
const CLINIC_TIME_ZONE = DEMO_CLINIC.timeZone
const PHONE = { width: 390, height: 844 }
const SPANISH_WEEKDAY = /^(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de [a-z]+$/

test.use({ viewport: PHONE, timezoneId: CLINIC_TIME_ZONE })

/** The page is Spanish for a screen reader and for axe, has nothing sideways to scroll, and passes axe. */
async function expectSpanishPage(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)
}

/** A new patient (English on the record, as staff left it) with a block in five days, invited by email. */
async function invitedPatient(request: Parameters<typeof staffApi>[0]) {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const email = `spanish-e2e-${suffix}@example.com`
  const staff = await staffApi(request, 'specialist')
  const patientId = await createPatient(staff, { email, fullName: 'Begoña Núñez', password: `tmp ${crypto.randomUUID()}` })
  const appointmentStart = zonedDateTime(new Date(), CLINIC_TIME_ZONE, { dayOffset: 5, hour: 9, minute: 30 })
  const appointmentId = await bookBlock(staff, patientId, { scheduledAt: appointmentStart, side: 'left' })
  expect((await staff.post(`/api/patients/${patientId}/invite`, {})).status()).toBe(200)
  return { email, patientId, appointmentId, link: await portalLinkMailedTo(email, 'activate') }
}

/** Opens the invitation in an English-speaking browser, chooses Español, then a password, and lands in the portal. */
async function activatesChoosingSpanish(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: PHONE, timezoneId: CLINIC_TIME_ZONE, locale: 'en-US' })
  const page = await context.newPage()
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your patient portal account' })).toBeVisible()
  await page.getByRole('radio', { name: 'Español' }).check()
  await expect(page.getByRole('heading', { level: 1, name: 'Configure su cuenta del portal del paciente' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked()
  await expectSpanishPage(page)

  // The password rules speak Spanish too, in the browser and from the server.
  const password = page.getByLabel('Elija una contraseña', { exact: true })
  await password.fill('corta')
  await page.getByLabel('Escriba la contraseña otra vez').fill('corta')
  await page.getByRole('button', { name: 'Guardar la contraseña e iniciar sesión' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Use al menos 12 caracteres.')
  await expect(password).toHaveAccessibleDescription(/Use al menos 12 caracteres/)
  await expectSpanishPage(page)

  const chosen = `faro naranja ${Date.now().toString(36)} muelle`
  await password.fill(chosen)
  await page.getByLabel('Escriba la contraseña otra vez').fill(chosen)
  await page.getByRole('button', { name: 'Guardar la contraseña e iniciar sesión' }).click()
  await expect(page).toHaveURL(/\/portal\/?$/)
  return page
}

/** The dashboard in Spanish, then the dated checklist, confirmed as read. */
async function readsTheInstructions(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Sus citas' })).toBeVisible()
  await expect(page.getByText('Sesión iniciada como')).toBeVisible()
  const card = page.getByRole('article').first()
  await expect(card).toContainText('1.º bloqueo')
  await expect(card).toContainText('Izquierdo')
  await expect(card).toContainText('Programada')
  await expect(card.getByRole('listitem').filter({ hasText: 'Lea sus instrucciones' })).toContainText('Pendiente')
  await expectSpanishPage(page)

  await card.getByRole('link', { name: /Lea sus instrucciones/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Su cita del [^,]+, \d{1,2} de [a-z]+ de \d{4} a las 9:30 a\.m\.$/ })).toBeVisible()
  expect(await page.getByRole('heading', { level: 2, name: SPANISH_WEEKDAY }).count()).toBeGreaterThanOrEqual(2)
  await expect(page.getByText(/^[A-ZÁÉÍÓÚ][^,]+, \d{1,2} de [a-z]+, (antes de|desde|a) las? \d{1,2}:\d\d [ap]\.m\.$/).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Imprimir estas instrucciones' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Agregar a su calendario (.ics)' })).toBeVisible()
  await expectSpanishPage(page)

  await page.getByRole('button', { name: 'Leí estas instrucciones' }).click()
  await expect(page.getByText(/Confirmó que leyó estas instrucciones el [^,]+, \d{1,2} de [a-z]+ de \d{4} a las? \d{1,2}:\d\d [ap]\.m\.\./)).toBeVisible()
  await expectSpanishPage(page)
}

test('a Spanish-speaking patient activates choosing Español and reads the instructions, all in Spanish', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const { link, patientId } = await invitedPatient(request)
  const page = await activatesChoosingSpanish(browser, link)
  await readsTheInstructions(page)

  // Their choice is on their record: staff see it, and the language page shows it.
  const staff = await staffApi(request, 'specialist')
  expect(((await (await staff.get(`/api/patients/${patientId}?depth=0`)).json()) as { language: string }).language).toBe('es')
  await page.getByRole('navigation', { name: 'Portal del paciente' }).getByRole('link', { name: 'Idioma' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Su idioma' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked()
  await expectSpanishPage(page)

  // Back to English from the portal itself: the page renders again in English, the record follows.
  await page.getByRole('radio', { name: 'English' }).check()
  await page.getByRole('button', { name: 'Guardar el idioma' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your language' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
  await expectNoAxeViolations(page)
})
