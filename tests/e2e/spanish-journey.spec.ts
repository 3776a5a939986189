/**
 * The whole journey of a patient whose record says Spanish, on a phone: activates from the invitation,
 * reads the instructions, signs the consent (and downloads it), keeps the pain diary through to submit,
 * and reads the specialist's result. Every page is in Spanish (`lang="es"`, key Spanish words, none of
 * the English chrome), axe-clean and without sideways scrolling; the PDF is Spanish with the "ñ" intact.
 */
import { readFileSync } from 'node:fs'

import type { Browser, Page } from '@playwright/test'

import { formatTime, zonedDateTime } from '@/lib/dates'
import { DEMO_CLINIC } from '../helpers/clinic'
import { pdfPageText } from '../helpers/pdfText'
import { expectNoAxeViolations } from './helpers/axe'
import { callAsStaff, giveCurrentConsentItsSpanish, withConsentVersionsSteady } from './helpers/consentVersions'
import { expectNoHorizontalScroll, portalLinkMailedTo } from './helpers/portal'
import { bookBlock, createPatient, staffApi, type StaffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

const PHONE = { width: 390, height: 844 }
/** 9:30 in the clinic's clock as the portal says it in Spanish ("9:30 a.m." in the US demo, "09:30" in a UK clinic). */
const HALF_PAST_NINE = formatTime(zonedDateTime(new Date(), DEMO_CLINIC.timeZone, { hour: 9, minute: 30 }), DEMO_CLINIC, 'es').replace(/[.]/g, '\\.')
const NAME = 'Begoña Muñoz'
const PASSWORD = `faro naranja muelle ${Date.now().toString(36)}`

/** The diary's moments, in order, as the Spanish questionnaire names them. */
const DIARY_POINTS = [
  'Justo antes del bloqueo',
  '15 minutos después del bloqueo',
  '30 minutos después del bloqueo',
  '1 hora después del bloqueo',
  '2 horas después del bloqueo',
  '3 horas después del bloqueo',
  '4 horas después del bloqueo',
  '5 horas después del bloqueo',
  '6 horas después del bloqueo',
  '7 horas después del bloqueo',
  '8 horas después del bloqueo',
  'La mañana siguiente',
]

/**
 * English a patient would read on a portal page if its chrome were untranslated: headings, labels,
 * buttons, states and hidden prefixes. The clinic's name and what the patient typed are not chrome.
 */
const ENGLISH_CHROME = [
  'Your appointments',
  'Sign out',
  'Signed in as',
  'Back to your',
  'Status:',
  'Procedure',
  'Levels',
  'Side',
  'Download',
  'Consent for',
  'Sign the consent',
  'Answer now',
  'Change answer',
  'Submit',
  'Due ',
  'out of 10',
  'Your answers',
  'Time of your block',
  'Result from your specialist',
  'There is a problem',
  'Questions about',
]

test.use({ viewport: PHONE, timezoneId: DEMO_CLINIC.timeZone })

/** Spanish for a screen reader and for axe, no English chrome, nothing sideways to scroll, axe-clean. */
async function expectSpanishPage(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  const text = await page.locator('body').innerText()
  for (const english of ENGLISH_CHROME) expect(text, `"${english}" on ${page.url()}`).not.toContain(english)
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)
}

/**
 * Staff create the patient with Spanish on the record, the first block two days ago (done; its diary is
 * still to keep) and the second in five days (instructions and consent ahead), then invite them.
 */
async function spanishPatient(staff: StaffApi) {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const email = `journey-es-${suffix}@example.com`
  const patientId = await createPatient(staff, { email, fullName: NAME, password: `tmp ${crypto.randomUUID()}`, language: 'es' })
  const firstBlock = await bookBlock(staff, patientId, {
    scheduledAt: zonedDateTime(new Date(), DEMO_CLINIC.timeZone, { dayOffset: -2, hour: 9, minute: 30 }),
    status: 'done',
    side: 'left',
  })
  const secondBlock = await bookBlock(staff, patientId, {
    scheduledAt: zonedDateTime(new Date(), DEMO_CLINIC.timeZone, { dayOffset: 5, hour: 9, minute: 30 }),
    blockNumber: 2,
    side: 'left',
  })
  expect((await staff.post(`/api/patients/${patientId}/invite`, {})).status()).toBe(200)
  return { patientId, firstBlock, secondBlock, link: await portalLinkMailedTo(email, 'activate') }
}

/** The invitation opens in Spanish (the record's language) even in an English-speaking browser. */
async function activates(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: PHONE, timezoneId: DEMO_CLINIC.timeZone, locale: 'en-US' })
  const page = await context.newPage()
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'Configure su cuenta del portal del paciente' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked()
  await expectSpanishPage(page)
  await page.getByLabel('Elija una contraseña', { exact: true }).fill(PASSWORD)
  await page.getByLabel('Escriba la contraseña otra vez').fill(PASSWORD)
  await page.getByRole('button', { name: 'Guardar la contraseña e iniciar sesión' }).click()
  await expect(page).toHaveURL(/\/portal\/?$/)
  return page
}

async function readsTheInstructions(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Sus citas' })).toBeVisible()
  await expect(page.getByText(`Sesión iniciada como ${NAME}`)).toBeVisible()
  await expectSpanishPage(page)
  const upcoming = page.getByRole('article').first()
  await expect(upcoming).toContainText('2.º bloqueo')
  await upcoming.getByRole('link', { name: /Lea sus instrucciones/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Su cita del / })).toBeVisible()
  await expectSpanishPage(page)
  await page.getByRole('button', { name: 'Leí estas instrucciones' }).click()
  await expect(page.getByText(/Confirmó que leyó estas instrucciones el /)).toBeVisible()
  await page.getByRole('link', { name: 'Volver a sus citas' }).click()
}

/** Problems first (in Spanish, from the browser's check), then the statements, the name with "ñ", the certification and the PDF. */
async function signsTheConsent(page: Page, admin: StaffApi) {
  await withConsentVersionsSteady(async () => {
    await giveCurrentConsentItsSpanish(callAsStaff(admin))
    await signsTheCurrentVersion(page)
  })
}

async function signsTheCurrentVersion(page: Page) {
  await page.getByRole('article').first().getByRole('link', { name: /Firme su formulario de consentimiento/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Consentimiento para su cita del [^,]+, \\d{1,2} de [a-z]+ de \\d{4} a las ${HALF_PAST_NINE}$`) })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Consentimiento para un bloqueo de rama medial' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Confirme cada declaración' })).toBeVisible()
  await expectSpanishPage(page)

  await page.getByLabel('Escriba su nombre completo').fill('Begona Munoz')
  await page.getByRole('button', { name: 'Continuar para revisar y firmar' }).click()
  const problems = page.getByRole('alert').filter({ hasText: 'Hay un problema' })
  await expect(problems).toContainText('Marque cada declaración para confirmar que la leyó.')
  await expect(problems).toContainText('El nombre que escribió no coincide con el nombre que tiene la clínica.')
  await expectSpanishPage(page)

  const statements = page.getByRole('group', { name: 'Confirme cada declaración' }).getByRole('checkbox')
  for (const statement of await statements.all()) await statement.check()
  await page.getByLabel('Escriba su nombre completo').fill(NAME)
  await page.getByRole('button', { name: 'Continuar para revisar y firmar' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Revise y firme' })).toBeFocused()
  await expect(page.getByText('Ninguna. Su nombre escrito es su firma.')).toBeVisible()
  await page.getByLabel('Revisé estos datos y entiendo lo que significa mi firma').check()
  await expectSpanishPage(page)
  await page.getByRole('button', { name: 'Firmar el formulario de consentimiento' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Su consentimiento está firmado' })).toBeVisible()
  await expect(page.getByText(/^Usted firmó la versión \d+ de «Consentimiento para un bloqueo de rama medial» el /)).toBeVisible()
  await expectSpanishPage(page)

  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Descargar su formulario de consentimiento firmado (PDF)' }).click()
  const pdfText = pdfPageText(readFileSync(await (await downloading).path())).replace(/\n/g, ' ')
  expect(pdfText).toContain(NAME)
  expect(pdfText).toContain('Registro de consentimiento firmado')
  expect(pdfText).toContain('Consentimiento para un bloqueo de rama medial')
  expect(pdfText).toContain('Sé que puedo retirar mi consentimiento en cualquier momento antes del procedimiento.')
  expect(pdfText).toMatch(/Firmado el [a-zé]+, \d{1,2} de [a-z]+ de \d{4}, \d{1,2}:\d\d/)
  expect(pdfText).not.toMatch(/Signed at|Date of birth|Begoa|Muoz|Bego\?a/)
}

async function answer(page: Page, label: string, score: number) {
  await page.getByRole('button', { name: `Responder ahora: ${label}` }).click()
  const point = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: label, exact: true }) })
  await point.getByRole('radio', { name: `${score} de 10`, exact: true }).check()
  await point.getByRole('button', { name: `Listo: ${label}` }).click()
  await expect(point.getByText(`Dolor ${score} de 10`)).toBeVisible()
}

/** The block two days ago: its time, then every question, then the submit. */
async function keepsTheDiary(page: Page, appointmentId: number) {
  await page.goto('/portal')
  const diaryLink = page.locator(`a[href="/portal/appointments/${appointmentId}/diary"]`)
  await expect(diaryLink).toHaveAccessibleName(/^Lleve su diario del dolor/)
  await diaryLink.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Diario del dolor después del bloqueo de rama medial' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Todavía no hay respuestas.' })).toBeVisible()
  await expectSpanishPage(page)

  await page.getByLabel(/^Hora en que le pusieron el bloqueo, el /).fill('nueve y media')
  await page.getByRole('button', { name: 'Anotar la hora de mi bloqueo' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Escriba la hora en horas y minutos con el reloj de 24 horas' })).toBeVisible()
  await page.getByLabel(/^Hora en que le pusieron el bloqueo, el /).fill('09:30')
  await page.getByRole('button', { name: 'Anotar la hora de mi bloqueo' }).click()
  await expect(page.getByText(new RegExp(`^Le pusieron el bloqueo a las ${HALF_PAST_NINE} del [^,]+, \\d{1,2} de [a-z]+\\.$`))).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'La mañana siguiente' })).toContainText('Pasó la hora: todavía puede responder')
  await expectSpanishPage(page)

  for (const [index, label] of DIARY_POINTS.entries()) await answer(page, label, index === 0 || index === DIARY_POINTS.length - 1 ? 7 : 2)
  await expect(page.getByText('Todas sus respuestas están guardadas.')).toBeVisible()
  await expectSpanishPage(page)

  await page.getByRole('button', { name: 'Enviar mi diario' }).click()
  await expect(page.getByText('Respondió 12 de 12 preguntas.', { exact: false })).toBeVisible()
  await page.getByRole('button', { name: 'Sí, enviar mi diario' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Diario enviado' })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'La mañana siguiente' })).toContainText('Dolor 7 de 10')
  await expectSpanishPage(page)
}

/** The specialist asks for a second block, already booked: the dashboard leads with it, in Spanish. */
async function readsTheOutcome(page: Page, staff: StaffApi, appointmentId: number) {
  const diaries = await (await staff.get(`/api/diaries?where[appointment][equals]=${appointmentId}&depth=0`)).json()
  const decided = await staff.patch(`/api/diaries/${diaries.docs[0].id}`, { review: { decision: 'repeat-block', note: 'Good relief; confirm with block 2.' } })
  expect(decided.status(), await decided.text()).toBe(200)

  await page.goto('/portal')
  const result = page.getByRole('region', { name: /^Resultado de su especialista, / })
  await expect(result).toBeVisible()
  await expect(result).toContainText('Su especialista quiere hacerle un segundo bloqueo')
  await expect(result).toContainText(new RegExp(`Su 2\\.º bloqueo está programado para el [^,]+, \\d{1,2} de [a-z]+ de \\d{4} a las ${HALF_PAST_NINE}`))
  await expect(result).toContainText(/Sobre su 1\.º bloqueo del /)
  await expect(result).not.toContainText('Good relief')
  await expectSpanishPage(page)

  await page.goto(`/portal/appointments/${appointmentId}/diary`)
  await expect(page.getByRole('heading', { level: 2, name: 'Diario enviado y revisado' })).toBeVisible()
  await expectSpanishPage(page)
  await page.getByRole('link', { name: 'Lea el resultado de su especialista y cuál es el siguiente paso' }).click()
  await expect(page).toHaveURL(/\/portal#specialist-result$/)
}

test('a patient whose record says Spanish goes from the invitation to the specialist’s result in Spanish', async ({ browser, request }) => {
  test.setTimeout(300_000)
  const staff = await staffApi(request, 'specialist')
  const admin = await staffApi(request, 'admin')
  const { firstBlock, link } = await spanishPatient(staff)
  const page = await activates(browser, link)
  await readsTheInstructions(page)
  await signsTheConsent(page, admin)
  await keepsTheDiary(page, firstBlock)
  await readsTheOutcome(page, staff, firstBlock)
})
