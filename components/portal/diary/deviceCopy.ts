/**
 * The copy of the diary's answers kept on the patient's device (localStorage), so nothing typed is
 * lost to a dropped connection or a closed tab. One key per patient and appointment; removed once
 * the diary is submitted. Storage can be full or blocked: the page then works from memory.
 */
import { parseHeldAnswers, type HeldAnswer } from './answers'

const PREFIX = 'harbour-spine:diary:v1'

export function deviceCopyKey(patientId: number, appointmentId: number): string {
  return `${PREFIX}:${patientId}:${appointmentId}`
}

export function readDeviceCopy(key: string): HeldAnswer[] {
  try {
    const text = window.localStorage.getItem(key)
    return text ? parseHeldAnswers(JSON.parse(text)) : []
  } catch {
    return []
  }
}

/** False when the device would not keep it (private mode, storage full). */
export function writeDeviceCopy(key: string, answers: readonly HeldAnswer[]): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(answers))
    return true
  } catch {
    return false
  }
}

export function removeDeviceCopy(key: string): void {
  try {
    window.localStorage.removeItem(key)
  } catch {
    // Nothing to remove when storage is blocked.
  }
}
