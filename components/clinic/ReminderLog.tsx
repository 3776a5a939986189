import { formatDateTime, type ClinicFormats } from '@/lib/dates'
import type { ReminderLogRow } from '@/payload/clinical/diaryReminders'
import { TableScroll } from './TableScroll'

const CHANNEL_NAMES = { push: 'notification', email: 'email', sms: 'text message' } as const

const STATUS_TEXT: Record<ReminderLogRow['status'], string> = {
  queued: 'Waiting to go',
  sending: 'Being sent',
  unconfirmed: 'Not confirmed: the server stopped while sending it (it is not sent again, so that no reminder goes twice)',
  sent: 'Sent',
  skipped: 'Not sent: already answered, or no way to reach the patient',
  cancelled: 'Cancelled',
}

/** Which reminders went out and which of the questions they asked about were then answered. */
export function ReminderLog({ rows, blockTimeRecorded, formats }: { rows: ReminderLogRow[]; blockTimeRecorded: boolean; formats: ClinicFormats }) {
  return (
    <section className="panel" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      {rows.length === 0 ? (
        <p>{blockTimeRecorded ? 'No reminders were planned for this diary.' : 'No reminders: the block time has not been recorded yet.'}</p>
      ) : (
        <TableScroll label="Diary reminders and the answers that followed">
          <table className="data-table">
            <caption>Diary reminders and the answers that followed</caption>
            <thead>
              <tr>
                <th scope="col">Reminder time</th>
                <th scope="col">What happened</th>
                <th scope="col">Questions and answers</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{formatDateTime(new Date(row.sentAt ?? row.sendAt), formats)}</th>
                  <td>
                    {STATUS_TEXT[row.status]}
                    {row.status === 'sent' && row.channels.length > 0 && ` by ${row.channels.map((channel) => CHANNEL_NAMES[channel]).join(', ')}`}
                  </td>
                  <td>
                    <ul className="plain-list">
                      {row.points.map((point) => (
                        <li key={point.key}>
                          {point.label}: {point.answeredAt ? `answered ${formatDateTime(new Date(point.answeredAt), formats)}` : 'not answered'}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
