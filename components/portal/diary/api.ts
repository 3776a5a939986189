/** The diary endpoints as the page calls them, with every failure sorted into what the page should do. */
import type { DiaryState } from '@/collections/Diaries/state'
import type { DiaryEntry } from '@/lib/diary'
import { DIARY_PROBLEMS } from '@/lib/diary/problems'

export type Outcome =
  | { kind: 'saved'; state: DiaryState }
  /**
   * No connection (`offline`), or the server could not answer now (`server`: 5xx such as a 503 while
   * its database is away, 408, 425, 429): keep the answers on the device and try again.
   */
  | { kind: 'kept'; reason: 'offline' | 'server' }
  | { kind: 'signed-out' }
  /** The server refused (e.g. the diary was submitted elsewhere): trying again will not help. */
  | { kind: 'refused'; status: number; message: string }

const RETRY_LATER = new Set([408, 425, 429])

async function post(path: string, body: unknown): Promise<Outcome> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    })
  } catch {
    return { kind: 'kept', reason: 'offline' }
  }
  if (response.ok) return { kind: 'saved', state: (await response.json()) as DiaryState }
  if (response.status === 401) return { kind: 'signed-out' }
  if (response.status >= 500 || RETRY_LATER.has(response.status)) return { kind: 'kept', reason: 'server' }
  const problem = (await response.json().catch(() => null)) as { message?: string } | null
  return { kind: 'refused', status: response.status, message: problem?.message ?? DIARY_PROBLEMS.refused }
}

const base = (appointmentId: number) => `/api/diaries/${appointmentId}`

export const saveEntries = (appointmentId: number, entries: DiaryEntry[]) => post(`${base(appointmentId)}/entries`, { entries })
export const saveBlockTime = (appointmentId: number, time: string) => post(`${base(appointmentId)}/block-time`, { time })
export const submitDiary = (appointmentId: number) => post(`${base(appointmentId)}/submit`, {})
