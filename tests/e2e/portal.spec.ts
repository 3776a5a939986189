import { readFileSync } from 'node:fs'

import type { Browser, Page } from '@playwright/test'

import { formatDateTime, zonedDateTime, zonedParts } from '@/lib/dates'
import { DEMO_CLINIC } from '../helpers/clinic'
import { expectNoAxeViolations } from './helpers/axe'
import {
  DEMO_PATIENT_EMAIL,
  expectAccessibleAtAllWidths,
  expectLargeTargets,
  expectVisibleFocus,
  portalLinkMailedTo,
  signInToPortal,
  tabTo,
} from './helpers/portal'
import { signInToAdmin, staffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

// The admin types dates in the browser's time zone; the portal shows them in the clinic's.
test.use({ timezoneId: DEMO_CLINIC.timeZone })

const DEMO_PASSWORD = () => process.env.DEMO_PASSWORD as string
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * A date `days` ahead in the clinic's zone (the browser's too): what the admin types ("Tue 1 Dec 2026,
 * 09:30", the admin's own format) and what the portal shows in the clinic's wording.
 */
function appointmentDay(days: number, time: string) {
  const [hour, minute] = time.split(':').map(Number)
  const at = zonedDateTime(new Date(), DEMO_CLINIC.timeZone, { dayOffset: days, hour, minute })
  const parts = zonedParts(at, DEMO_CLINIC.timeZone)
  const weekday = WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()]
  const month = MONTHS[parts.month - 1]
  return {
    typed: `${weekday.slice(0, 3)} ${parts.day} ${month.slice(0, 3)} ${parts.year}, ${time}`,
    shown: formatDateTime(at, DEMO_CLINIC),
  }
}

async function newPortalPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, timezoneId: DEMO_CLINIC.timeZone })
  return context.newPage()
}

/** Picks an option of a Payload admin select or relationship field (react-select) by its visible label. */
async function chooseInAdmin(page: Page, field: string, option: string | RegExp, search?: string) {
  await page.locator(`#field-${field}`).click()
  if (search) await page.keyboard.type(search)
  await page.getByRole('option', { name: option }).first().click()
}

async function typeAdminDate(page: Page, field: string, text: string) {
  const input = page.locator(`#field-${field} input`).first()
  await input.click()
  await input.fill(text)
  await input.press('Enter')
  await expect(input).toHaveValue(text)
}

test('an invited patient activates the account, reads and confirms the instructions, and signs out for good', async ({ page, browser }) => {
  test.setTimeout(240_000)
  const suffix = Date.now().toString(36)
  const fullName = `Robin Portal ${suffix}`
  const email = `robin.${suffix}@example.com`
  const day = appointmentDay(4, '09:30')

  // Clinic staff: a new patient, an appointment for them, then the invitation.
  await signInToAdmin(page, 'admin')
  await page.goto('/admin/collections/patients/create')
  await page.locator('#field-email').fill(email)
  // Payload's create form for an auth collection asks for a password; the patient chooses their own later.
  const throwaway = `Tmp-${crypto.randomUUID()}`
  await page.locator('#field-password').fill(throwaway)
  await page.locator('#field-confirm-password').fill(throwaway)
  await page.locator('#field-fullName').fill(fullName)
  await typeAdminDate(page, 'dateOfBirth', '12 Apr 1968')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/patients\/\d+/)
  const patientUrl = new URL(page.url()).pathname

  await page.goto('/admin/collections/appointments/create')
  await chooseInAdmin(page, 'patient', fullName, fullName)
  await chooseInAdmin(page, 'procedure', /medial branch block/i)
  await typeAdminDate(page, 'scheduledAt', day.typed)
  await chooseInAdmin(page, 'side', /^left$/i)
  await page.locator('#field-levels').fill('L4-L5, L5-S1')
  await page.locator('#field-blockNumber').fill('1')
  await chooseInAdmin(page, 'agent', /lidocaine/i)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/appointments\/\d+/)

  await page.goto(patientUrl)
  await page.getByRole('button', { name: 'Send portal invitation' }).click()
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible()
  const inviteLink = await portalLinkMailedTo(email, 'activate')

  // The patient, in their own browser.
  const portal = await newPortalPage(browser)
  await portal.goto(inviteLink)
  await expect(portal.getByRole('heading', { level: 1, name: 'Set up your patient portal account' })).toBeVisible()
  await expect(portal.getByLabel('Your email address')).toHaveValue(email)
  await expect(portal.getByText('have at least 12 characters')).toBeVisible()
  await expectAccessibleAtAllWidths(portal)

  // The rules are checked in the browser with the server's schema, and errors are tied to their fields.
  const password = portal.getByLabel('Choose a password', { exact: true })
  await password.fill('too short')
  await portal.getByLabel('Type the password again').fill('too short')
  await portal.getByRole('button', { name: 'Save password and sign in' }).click()
  await expect(portal.getByRole('main').getByRole('alert')).toContainText('Use at least 12 characters.')
  await expect(password).toHaveAttribute('aria-invalid', 'true')
  await expect(password).toHaveAccessibleDescription(/Use at least 12 characters/)
  await expect(password).toBeFocused()
  await expectAccessibleAtAllWidths(portal)
  // The summary's links take the patient to the field.
  await portal.getByLabel('Type the password again').focus()
  await portal.getByRole('main').getByRole('alert').getByRole('link', { name: /Choose a password/ }).click()
  await expect(password).toBeFocused()

  const chosen = `quay lantern ${suffix} orchard`
  await password.fill(chosen)
  await portal.getByLabel('Type the password again').fill(chosen)
  await portal.getByRole('button', { name: 'Save password and sign in' }).click()
  await expect(portal).toHaveURL(/\/portal\/?$/)

  // Dashboard: the appointment with its to-do.
  await expect(portal.getByRole('heading', { level: 1, name: 'Your appointments' })).toBeVisible()
  const card = portal.getByRole('article', { name: day.shown })
  await expect(card).toBeVisible()
  await expect(card).toContainText('Medial branch block, 1st block')
  await expect(card).toContainText('Left')
  await expect(card).toContainText('L4-L5, L5-S1')
  await expect(card).toContainText('Booked')
  await expect(card.getByRole('listitem').filter({ hasText: 'Read your instructions' })).toContainText('To do')
  await expectAccessibleAtAllWidths(portal)
  await expectLargeTargets(portal)

  // Instructions: a dated checklist, grouped by day.
  await card.getByRole('link', { name: /Read your instructions/ }).click()
  await expect(portal.getByRole('heading', { level: 1, name: `Your appointment on ${day.shown}` })).toBeVisible()
  const dayHeadings = portal.getByRole('heading', { level: 2, name: /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}$/ })
  expect(await dayHeadings.count()).toBeGreaterThanOrEqual(2)
  await expect(portal.getByText(/^(By|From|At) \d{1,2}:\d\d [AP]M on \w+day, \w+ \d{1,2}$/).first()).toBeVisible()
  await expect(portal.getByRole('heading', { level: 3, name: 'Arrange a lift home' })).toBeVisible()
  await expect(portal.getByRole('button', { name: /print/i })).toBeVisible()
  await expectAccessibleAtAllWidths(portal)
  await expectLargeTargets(portal)

  // On paper: the checklist without the portal's navigation and buttons.
  await portal.emulateMedia({ media: 'print' })
  await expect(portal.getByRole('navigation', { name: 'Patient portal' })).toBeHidden()
  await expect(portal.getByRole('button', { name: /print/i })).toBeHidden()
  await expect(portal.getByRole('heading', { level: 3, name: 'Arrange a lift home' })).toBeVisible()
  await portal.emulateMedia({ media: 'screen' })

  await portal.getByRole('button', { name: 'I have read these instructions' }).click()
  const confirmation = portal.getByText(/You confirmed you read these instructions on \w+day, \w+ \d{1,2}, \d{4} at \d{1,2}:\d\d [AP]M\.$/)
  await expect(confirmation).toBeVisible()
  await expect(confirmation).toBeFocused()
  await expectNoAxeViolations(portal)

  const downloading = portal.waitForEvent('download')
  await portal.getByRole('link', { name: 'Add to your calendar (.ics)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('harbour-spine-appointment.ics')
  const calendar = readFileSync((await download.path()) as string, 'utf8')
  expect(calendar).toContain('BEGIN:VCALENDAR')
  expect(calendar).toContain('Arrange a lift home')

  await portal.getByRole('navigation', { name: 'Patient portal' }).getByRole('link', { name: 'Your appointments' }).click()
  await expect(portal.getByRole('article', { name: day.shown }).getByRole('listitem').filter({ hasText: 'Read your instructions' })).toContainText(
    /Done on \w+day, \w+ \d{1,2}, \d{4}/,
  )

  // Sign out ends the session on the server: the old cookies are worthless afterwards.
  const cookies = await portal.context().cookies()
  await portal.getByRole('button', { name: 'Sign out' }).click()
  await expect(portal).toHaveURL(/\/portal\/sign-in\?signedOut=1/)
  await expect(portal.getByRole('status').filter({ hasText: 'You have signed out.' })).toBeVisible()
  await expectAccessibleAtAllWidths(portal)

  const replay = await newPortalPage(browser)
  await replay.context().addCookies(cookies)
  await replay.goto('/portal')
  await expect(replay).toHaveURL(/\/portal\/sign-in/)
  const replayedCalendar = await replay.request.get(new URL(portal.url()).origin + '/portal/appointments/1/instructions/calendar')
  expect(replayedCalendar.status()).toBe(401)
  await replay.context().close()

  // The invitation worked once.
  await portal.goto(inviteLink)
  await expect(portal.getByRole('heading', { level: 1, name: 'This link has expired or has already been used' })).toBeVisible()
  await expect(portal.getByRole('main').getByRole('link', { name: '(617) 555-0142' })).toBeVisible()
  await expectAccessibleAtAllWidths(portal)

  // A session elsewhere (another device, or a stolen cookie) ends when the password changes.
  const elsewhere = await newPortalPage(browser)
  await signInToPortal(elsewhere, email, chosen)

  // Forgotten password: the same answer whoever asks; the link sets a new password.
  await portal.goto('/portal/forgot-password')
  await expectAccessibleAtAllWidths(portal)
  await portal.getByLabel('Email address').fill(email)
  await portal.getByRole('button', { name: 'Send me a link' }).click()
  await expect(portal.getByText('If an account uses that email, we have sent a link to it. The link works once, for 72 hours.')).toBeVisible()
  await expectNoAxeViolations(portal)
  const resetLink = await portalLinkMailedTo(email, 'reset-password')
  await portal.goto(resetLink)
  await expect(portal.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible()
  await expectAccessibleAtAllWidths(portal)
  const renewed = `harbour kettle ${suffix} meadow`
  await portal.getByLabel('New password', { exact: true }).fill(renewed)
  await portal.getByLabel('Type the new password again').fill(renewed)
  await portal.getByRole('button', { name: 'Save new password and sign in' }).click()
  await expect(portal).toHaveURL(/\/portal\/?$/)
  await expect(portal.getByRole('article', { name: day.shown })).toBeVisible()
  await elsewhere.goto('/portal')
  await expect(elsewhere).toHaveURL(/\/portal\/sign-in/)
  await elsewhere.context().close()
  await portal.context().close()
})

test('a patient signs in and reaches the instructions with the keyboard alone', async ({ page }) => {
  await page.goto('/portal/sign-in')
  await expectAccessibleAtAllWidths(page)
  await expectLargeTargets(page)

  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expectVisibleFocus(skip)
  await page.keyboard.press('Enter')

  const emailField = page.getByLabel('Email address')
  await tabTo(page, emailField)
  await expectVisibleFocus(emailField)
  await page.keyboard.type(DEMO_PATIENT_EMAIL)
  await page.keyboard.press('Tab')
  const passwordField = page.getByLabel('Password', { exact: true })
  await expectVisibleFocus(passwordField)
  await page.keyboard.type(DEMO_PASSWORD())
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/portal\/?$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Your appointments' })).toBeVisible()

  const instructions = page.getByRole('link', { name: /Read your instructions/ }).first()
  await tabTo(page, instructions, 40)
  await expectVisibleFocus(instructions)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /^Your appointment on / })).toBeVisible()

  const print = page.getByRole('button', { name: /print/i })
  await tabTo(page, print, 40)
  await expectVisibleFocus(print)
  const calendarLink = page.getByRole('link', { name: 'Add to your calendar (.ics)' })
  await page.keyboard.press('Tab')
  await expectVisibleFocus(calendarLink)

  const signOut = page.getByRole('button', { name: 'Sign out' })
  await page.keyboard.press('Shift+Tab')
  await tabTo(page, signOut, 60)
  await expectVisibleFocus(signOut)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/portal\/sign-in\?signedOut=1/)
})

test('a wrong password gets the same announced message as an unknown email', async ({ page }) => {
  await page.goto('/portal/sign-in')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByLabel('Email address')).toHaveAccessibleDescription('Error: Enter your email address.')
  await expect(page.getByLabel('Email address')).toBeFocused()

  await page.getByLabel('Email address').fill('nobody-by-this-name@example.com')
  await page.getByLabel('Password', { exact: true }).fill('not the password at all')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const alert = page.getByRole('main').getByRole('alert')
  await expect(alert).toContainText(
    'The email or password is not right, or the account is locked for 15 minutes after too many tries. Check them and try again, or reset your password.',
  )
  const unknownEmailText = await alert.innerText()

  await page.getByLabel('Email address').fill(DEMO_PATIENT_EMAIL)
  await page.getByLabel('Password', { exact: true }).fill('not the password at all')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(alert).toContainText('The email or password is not right')
  expect(await alert.innerText()).toBe(unknownEmailText)
  await expectAccessibleAtAllWidths(page)

  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible()
})

test('another patient’s appointment looks exactly like one that does not exist', async ({ page, playwright }) => {
  const baseURL = test.info().project.use.baseURL
  const staff = await playwright.request.newContext({ baseURL })
  const api = await staffApi(staff)
  // Found by patient, not in a page of all appointments: earlier tests add more than a page of them.
  const firstAppointmentOf = async (email: string) => {
    const patients = (await (await api.get(`/api/patients?where[email][equals]=${encodeURIComponent(email)}&depth=0&limit=1`)).json()) as { docs: { id: number }[] }
    const appointments = (await (await api.get(`/api/appointments?where[patient][equals]=${patients.docs[0]?.id}&depth=0&limit=1`)).json()) as { docs: { id: number }[] }
    return appointments.docs[0]?.id
  }
  const othersId = await firstAppointmentOf('jordan.reid@example.com')
  const ownId = await firstAppointmentOf(DEMO_PATIENT_EMAIL)
  await staff.dispose()
  expect(othersId && ownId).toBeTruthy()

  await signInToPortal(page, DEMO_PATIENT_EMAIL, DEMO_PASSWORD())
  const others = await page.goto(`/portal/appointments/${othersId}/instructions`)
  expect(others?.status()).toBe(404)
  const othersText = await page.locator('main').innerText()
  const missing = await page.goto('/portal/appointments/987654321/instructions')
  expect(missing?.status()).toBe(404)
  expect(await page.locator('main').innerText()).toBe(othersText)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expectAccessibleAtAllWidths(page)

  expect((await page.request.get(`/portal/appointments/${othersId}/instructions/calendar`)).status()).toBe(404)
  const own = await page.request.get(`/portal/appointments/${ownId}/instructions/calendar`)
  expect(own.status()).toBe(200)
  expect(own.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  expect(own.headers()['content-disposition']).toBe('attachment; filename="harbour-spine-appointment.ics"')
  expect(own.headers()['cache-control']).toBe('private, no-store')

  const dashboard = await page.goto('/portal')
  expect(dashboard?.headers()['cache-control']).toMatch(/private/)
  expect(dashboard?.headers()['cache-control']).toMatch(/no-store/)
})

test('warns a minute before the idle timeout, stays signed in on request, then signs out', async ({ page }) => {
  await page.clock.install()
  await signInToPortal(page, DEMO_PATIENT_EMAIL, DEMO_PASSWORD())
  const before = page.getByRole('link', { name: /Read your instructions/ }).first()
  await before.focus()

  await page.clock.fastForward('29:05')
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('we will sign you out in')
  await expectVisibleFocus(dialog.getByRole('button', { name: 'Stay signed in' }))
  await expectNoAxeViolations(page)

  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'You are still signed in.' })).toHaveCount(1)
  await expect(before).toBeFocused()
  await expect(page).toHaveURL(/\/portal\/?$/)

  await page.clock.fastForward('29:05')
  await expect(dialog).toBeVisible()
  await page.clock.fastForward('01:00')
  await expect(page).toHaveURL(/\/portal\/sign-in\?reason=idle/)
  await expect(page.getByText('You were signed out after 30 minutes without activity, to keep your information safe.')).toBeVisible()
})
