/** What the clinic sends a patient, in their language: emails, the reminder text, the calendar file. */
import { describe, expect, it } from 'vitest'

import { instructionsToIcs, scheduleInstructions } from '@/lib/instructions'
import { reminderMessage } from '@/lib/reminders'
import { diaryReminderEmail, inviteEmail, resultReadyEmail } from '@/payload/email/templates'

const URL = 'https://portal.example/portal/activate?token=abc123&lang=es'
const LONDON = 'Europe/London'
/** A UK clinic's formats (24-hour clock); the US demo clinic's are checked beside them. */
const UK = { timeZone: LONDON, region: 'GB' } as const
const US = { timeZone: 'America/New_York', region: 'US' } as const

describe('emails per locale', () => {
  it('writes the invitation in Spanish, with the link once in the text and lang="es" in the HTML', async () => {
    const mail = await inviteEmail({ name: 'Begoña Núñez', url: URL, locale: 'es' })
    expect(mail.subject).toBe('Configure su cuenta del portal de Harbour Spine Clinic')
    expect(mail.html).toMatch(/<html[^>]*lang="es"/)
    expect(mail.html).toContain('Begoña Núñez')
    expect(mail.text).toContain('Estimado/a Begoña Núñez:')
    expect(mail.text.split(URL).length - 1).toBe(1)
    expect(mail.text).not.toMatch(/\[https?:/)
  })

  it('keeps English for an English patient, with the same facts', async () => {
    const mail = await inviteEmail({ name: 'Robin', url: URL.replace('&lang=es', '') })
    expect(mail.subject).toBe('Set up your Harbour Spine Clinic portal account')
    expect(mail.html).toMatch(/<html[^>]*lang="en"/)
    expect(mail.text).toContain('expires in 72 hours')
  })

  it('escapes what a patient record holds instead of running it as HTML', async () => {
    const mail = await resultReadyEmail({ name: '<img src=x onerror=alert(1)>', url: 'https://portal.example/portal', locale: 'es' })
    expect(mail.html).not.toContain('<img src=x')
    expect(mail.subject).toBe('Tiene un resultado en su portal de Harbour Spine Clinic')
  })

  it('reminds in Spanish with the same words on every channel, and no health information', async () => {
    const due = [new Date('2026-12-01T18:00:00Z'), new Date('2026-12-01T22:00:00Z'), new Date('2026-12-01T20:00:00Z')]
    const message = reminderMessage(due, UK, 'es')
    expect(message.body).toBe('Su diario tiene 3 preguntas pendientes, para responder de las 18:00 a las 22:00.')
    expect(message.text).toBe('Harbour Spine Clinic: su diario tiene 3 preguntas pendientes, para responder de las 18:00 a las 22:00.')
    expect(reminderMessage([due[0]], UK, 'es').body).toBe('Su diario tiene una pregunta pendiente.')
    expect(reminderMessage(due, UK).body).toBe('Your diary has 3 questions waiting, due from 18:00 to 22:00.')
    expect(reminderMessage(due, US).body).toBe('Your diary has 3 questions waiting, due from 1:00 PM to 5:00 PM.')
    const mail = await diaryReminderEmail({ name: 'Begoña', url: 'https://portal.example/portal/appointments/4/diary', message, locale: 'es' })
    expect(mail.subject).toBe('Es hora de llenar su diario')
    expect(mail.text).toContain(message.body)
    expect(`${mail.subject} ${mail.text}`).not.toMatch(/dolor|bloqueo|pain|block/i)
  })
})

describe('the calendar file per locale', () => {
  it('words the steps and the portal note in Spanish', () => {
    const start = new Date('2030-03-12T09:30:00Z')
    const schedule = scheduleInstructions(
      [{ id: 1, title: 'Pida que alguien le lleve a casa', details: '', category: 'transport', timing: { kind: 'days-before', days: 1, time: '18:00' } }],
      start,
      UK,
      'es',
    )
    expect(schedule[0].label).toBe('Lunes, 11 de marzo, antes de las 18:00')
    const ics = instructionsToIcs(schedule, {
      appointmentStart: start,
      durationMinutes: 45,
      title: 'Cita en la clínica',
      location: '',
      portalUrl: 'https://portal.example/portal/appointments/4/instructions',
      now: new Date('2030-03-01T09:00:00Z'),
      timeZone: LONDON,
      locale: 'es',
    }).replace(/\r\n[ \t]/g, '')
    expect(ics).toContain('SUMMARY:Cita en la clínica')
    expect(ics).toContain('Lea las instrucciones completas en el portal del paciente')
    expect(ics).not.toContain('Read the full instructions')
  })
})
