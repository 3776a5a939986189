/**
 * The copy of the diary's answers kept on the patient's device, so nothing typed is lost to a dropped
 * connection or a closed tab: in IndexedDB (`offline/deviceDb.ts`), where the service worker can send
 * them too (Background Sync). One record per patient and appointment; removed once the diary is
 * submitted. Copies an earlier version kept in localStorage move to IndexedDB when first read; where
 * IndexedDB is unavailable (some private modes) localStorage still keeps them, and failing that the
 * page works from memory.
 */
import { mergeEntries } from '@/lib/diary'
import { deviceDb } from '../offline/deviceDb'
import { parseHeldAnswers, type HeldAnswer } from './answers'

const PREFIX = 'harbour-spine:diary:v1'

export type DeviceCopy = { key: string; namespace: string; appointmentId: number }

export function deviceCopyKey(patientId: number, appointmentId: number): string {
  return `${PREFIX}:${patientId}:${appointmentId}`
}

function readLocalStorage(key: string): HeldAnswer[] {
  try {
    const text = window.localStorage.getItem(key)
    return text ? parseHeldAnswers(JSON.parse(text)) : []
  } catch {
    return []
  }
}

function writeLocalStorage(key: string, answers: readonly HeldAnswer[]): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(answers))
    return true
  } catch {
    return false
  }
}

function removeLocalStorage(key: string): void {
  try {
    window.localStorage.removeItem(key)
  } catch {
    // Nothing to remove when storage is blocked.
  }
}

/** The answers kept for this diary (a localStorage copy from an earlier version joins them, once). */
export async function readDeviceCopy(copy: DeviceCopy): Promise<HeldAnswer[]> {
  const legacy = readLocalStorage(copy.key)
  try {
    const db = await deviceDb()
    const stored = parseHeldAnswers((await db.get('diary-answers', copy.key))?.answers)
    if (legacy.length === 0) return stored
    const merged = mergeEntries(stored, legacy)
    await db.put('diary-answers', { ...copy, answers: merged })
    removeLocalStorage(copy.key)
    return merged
  } catch {
    return legacy
  }
}

/** False when the device would not keep it (private mode, storage full). */
export async function writeDeviceCopy(copy: DeviceCopy, answers: readonly HeldAnswer[]): Promise<boolean> {
  try {
    const db = await deviceDb()
    await db.put('diary-answers', { ...copy, answers: [...answers] })
    return true
  } catch {
    return writeLocalStorage(copy.key, answers)
  }
}

export async function removeDeviceCopy(key: string): Promise<void> {
  removeLocalStorage(key)
  try {
    await (await deviceDb()).delete('diary-answers', key)
  } catch {
    // Nothing to remove when storage is blocked.
  }
}

/** Every diary copy on this device, for sign-out (localStorage keys of any patient included). */
export function removeLegacyCopies(): void {
  try {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(`${PREFIX}:`)) window.localStorage.removeItem(key)
  } catch {
    // Storage blocked: nothing was kept there.
  }
}
