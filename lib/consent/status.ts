/** Where a patient stands with the consent for one appointment. Pure: used by the dashboard and the signing page. */

export type ConsentRecordFacts = {
  id: number
  documentId: number
  documentVersion: number
  status: 'signed' | 'withdrawn'
  signedAt: string
  withdrawnAt?: string | null
}

export type CurrentVersion = { id: number; version: number }

export type ConsentStatus =
  | { kind: 'to-sign'; currentVersion: number }
  | { kind: 'signed'; consentId: number; version: number; signedAt: string }
  | { kind: 'new-version'; consentId: number; signedVersion: number; signedAt: string; currentVersion: number }
  | { kind: 'withdrawn'; withdrawnAt: string; currentVersion: number }

function newest<T>(items: T[], time: (item: T) => string): T | undefined {
  return [...items].sort((a, b) => time(b).localeCompare(time(a)))[0]
}

/**
 * Signed on the current version: done. Signed only on an older version: the new version needs
 * signing. Withdrawal covers every signed record of the appointment, so a signed record always
 * means the patient's latest word was "yes".
 */
export function consentStatus(records: ConsentRecordFacts[], current: CurrentVersion): ConsentStatus {
  const signed = records.filter((record) => record.status === 'signed')
  const onCurrent = newest(signed.filter((record) => record.documentId === current.id), (record) => record.signedAt)
  if (onCurrent) return { kind: 'signed', consentId: onCurrent.id, version: onCurrent.documentVersion, signedAt: onCurrent.signedAt }
  const older = newest(signed, (record) => record.signedAt)
  if (older) {
    return { kind: 'new-version', consentId: older.id, signedVersion: older.documentVersion, signedAt: older.signedAt, currentVersion: current.version }
  }
  const withdrawn = newest(
    records.filter((record) => record.status === 'withdrawn' && record.withdrawnAt),
    (record) => record.withdrawnAt as string,
  )
  if (withdrawn) return { kind: 'withdrawn', withdrawnAt: withdrawn.withdrawnAt as string, currentVersion: current.version }
  return { kind: 'to-sign', currentVersion: current.version }
}

type AppointmentTiming = { status: string; scheduledAt: string }

/** A consent can be signed while the appointment is booked (not cancelled) and has not started. */
export function acceptsConsent(appointment: AppointmentTiming, now = new Date()): boolean {
  return appointment.status === 'scheduled' && new Date(appointment.scheduledAt).getTime() > now.getTime()
}

/** Withdrawal is possible until the procedure starts (a cancelled appointment still counts as ahead). */
export function canWithdraw(appointment: AppointmentTiming, now = new Date()): boolean {
  return appointment.status !== 'done' && new Date(appointment.scheduledAt).getTime() > now.getTime()
}
