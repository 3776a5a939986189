import { readFileSync } from 'node:fs'

import { formatDayLabel, zonedDateTime, zonedParts } from '@/lib/dates'
import { DEMO_CLINIC } from '../helpers/clinic'
import { expectNoAxeViolations } from './helpers/axe'
import { expectLargeTargets, expectNoHorizontalScroll, signInToPortal } from './helpers/portal'
import { bookBlock, createPatient, staffApi } from './helpers/staff'
import { expect, test } from './helpers/test'

const PASSWORD = 'quiet harbour lantern 27'
/** The seeded clinic's zone: the patient is where the clinic is. */
const CLINIC_TIME_ZONE = DEMO_CLINIC.timeZone

test.use({ viewport: { width: 390, height: 844 }, timezoneId: CLINIC_TIME_ZONE })

/** The VEVENTs of an iCalendar text, unfolded: summary, start and alarm triggers (all UTC). */
function icsEvents(ics: string) {
  const instant = (text: string) => {
    const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(text) as RegExpExecArray
    return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s))
  }
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((block) => {
      const lines = block.split('\r\n')
      const value = (prefix: string) => lines.filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length))
      return { summary: value('SUMMARY:')[0], start: instant(value('DTSTART:')[0]), alarms: value('TRIGGER;VALUE=DATE-TIME:').map(instant) }
    })
}

test('instructions five days ahead: a passed step says so with the number to call, a window reads "from", the calendar file holds only what is ahead', async ({
  page,
  request,
}) => {
  // An appointment at 9:30 AM five days from now: the step due a week before has already passed.
  const appointmentStart = zonedDateTime(new Date(), CLINIC_TIME_ZONE, { dayOffset: 5, hour: 9, minute: 30 })
  const admin = await staffApi(request)
  const email = `instructions-e2e-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`
  const patientId = await createPatient(admin, { email, password: PASSWORD, fullName: 'Ira Instructions' })
  const appointmentId = await bookBlock(admin, patientId, { scheduledAt: appointmentStart })

  await signInToPortal(page, email, PASSWORD)
  await page.goto(`/portal/appointments/${appointmentId}/instructions`)
  const stepTitled = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) })

  const passed = stepTitled('Ask about your blood thinners')
  await expect(passed).toContainText('This time has passed. If you have not done this, call the clinic on')
  await expect(passed).toContainText('before your appointment.')
  const call = passed.getByRole('link', { name: /^[\d +()-]+$/ })
  await expect(call).toHaveAttribute('href', /^tel:\+?\d+$/)

  const upcoming = stepTitled('Arrange a lift home')
  await expect(upcoming.getByText(/^By 6:00 PM on \w+day, \w+ \d{1,2}$/)).toBeVisible()
  await expect(upcoming).not.toContainText('This time has passed')

  const painWindow = stepTitled('No pain medicine for six hours')
  await expect(painWindow.getByText(`From 3:30 AM on ${formatDayLabel(appointmentStart, DEMO_CLINIC)}`, { exact: true })).toBeVisible()
  await expect(painWindow).not.toContainText('This time has passed')

  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)
  await expectLargeTargets(page)

  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Add to your calendar (.ics)' }).click()
  const download = await downloading
  const downloadedAt = new Date()
  const events = icsEvents(readFileSync((await download.path()) as string, 'utf8'))

  const titles = events.map((event) => event.summary)
  expect(titles).toContain('Clinic appointment')
  expect(titles).toContain('No pain medicine for six hours')
  expect(titles).not.toContain('Ask about your blood thinners')
  expect(new Set(titles).size, 'one title per event').toBe(titles.length)
  for (const event of events) {
    expect(event.start.getTime(), `${event.summary} starts in the future`).toBeGreaterThan(downloadedAt.getTime() - 60_000)
    for (const alarm of event.alarms) {
      const { hour } = zonedParts(alarm, CLINIC_TIME_ZONE)
      // No step of this procedure happens at night, so no alarm may ring then.
      expect(hour >= 7 && hour < 22, `${event.summary} alarm at ${alarm.toISOString()} is not in the night`).toBe(true)
    }
  }
})
