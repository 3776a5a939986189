import { describe, expect, it } from 'vitest'

import { DEFAULT_REMINDER_TIMING, planFollowUpReminders, questionnaireReminderMessage } from '@/lib/reminders'

const at = (iso: string) => new Date(iso)
const timing = { ...DEFAULT_REMINDER_TIMING, timeZone: 'Europe/London' }
// Winter: London is on GMT. Quiet hours 22:00-07:00.
const point = (key: string, opensAt: string, closesAt: string, answered = false) => ({ key, opensAt: at(opensAt), dueAt: at(opensAt), closesAt: at(closesAt), answered })

describe('follow-up questionnaire reminders', () => {
  const now = at('2027-01-10T12:00:00Z')

  it('reminds each point when its window opens, or now when it is open already', () => {
    const planned = planFollowUpReminders(
      [point('6-weeks', '2027-01-05T09:00:00Z', '2027-01-20T09:00:00Z'), point('3-months', '2027-03-01T09:00:00Z', '2027-03-22T09:00:00Z')],
      timing,
      now,
    )
    expect(planned.map((reminder) => [reminder.pointKeys, reminder.sendAt.toISOString()])).toEqual([
      [['6-weeks'], '2027-01-10T12:00:00.000Z'],
      [['3-months'], '2027-03-01T09:00:00.000Z'],
    ])
  })

  it('waits for the end of the quiet hours; skips points answered, reminded, or closed by then', () => {
    const planned = planFollowUpReminders(
      [
        point('night', '2027-02-01T23:30:00Z', '2027-02-10T09:00:00Z'),
        point('answered', '2027-02-01T09:00:00Z', '2027-02-10T09:00:00Z', true),
        point('reminded', '2027-02-01T09:00:00Z', '2027-02-10T09:00:00Z'),
        point('closing-at-night', '2027-02-01T23:00:00Z', '2027-02-02T06:00:00Z'),
      ],
      timing,
      now,
      ['reminded'],
    )
    expect(planned.map((reminder) => [reminder.pointKeys[0], reminder.sendAt.toISOString()])).toEqual([['night', '2027-02-02T07:00:00.000Z']])
  })

  it('says only that a questionnaire waits', () => {
    const message = questionnaireReminderMessage()
    expect(message.text).toBe('Harbour Spine Clinic: a short questionnaire is waiting for you in the patient portal.')
    expect(JSON.stringify(message)).not.toMatch(/pain|ablation|block|score|PEG/i)
  })
})
