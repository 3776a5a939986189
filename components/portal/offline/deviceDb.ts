/**
 * The portal's IndexedDB on this device, shared by the pages and the service worker: the diary
 * answers not yet confirmed by the server (one record per patient and appointment), and which patient
 * last used the portal here (their device namespace). Sign-out empties it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

import type { HeldAnswer } from '../diary/answers'

export type DiaryRecord = {
  /** `deviceCopyKey(patientId, appointmentId)` */
  key: string
  /** The patient's device namespace: the service worker sends only the signed-in patient's answers. */
  namespace: string
  appointmentId: number
  answers: HeldAnswer[]
}

interface PortalDevice extends DBSchema {
  'diary-answers': { key: string; value: DiaryRecord }
  device: { key: 'namespace'; value: string }
}

export type DeviceDb = IDBPDatabase<PortalDevice>

export const DEVICE_DB_NAME = 'harbour-spine-portal'

let opening: Promise<DeviceDb> | null = null

/** One connection per page or worker, reopened if the browser closes it. */
export function deviceDb(): Promise<DeviceDb> {
  opening ??= openDB<PortalDevice>(DEVICE_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('diary-answers', { keyPath: 'key' })
      db.createObjectStore('device')
    },
    terminated() {
      opening = null
    },
  })
  const current = opening
  current.catch(() => {
    if (opening === current) opening = null
  })
  return current
}

export async function currentNamespace(db: DeviceDb): Promise<string | null> {
  return (await db.get('device', 'namespace')) ?? null
}

/** Everything this device holds for the portal, gone in one transaction. */
export async function clearDeviceDb(db: DeviceDb): Promise<void> {
  const tx = db.transaction(['diary-answers', 'device'], 'readwrite')
  await Promise.all([tx.objectStore('diary-answers').clear(), tx.objectStore('device').clear(), tx.done])
}
