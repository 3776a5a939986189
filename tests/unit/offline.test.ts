import 'fake-indexeddb/auto'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { HeldAnswer } from '@/components/portal/diary/answers'
import { deviceCopyKey, readDeviceCopy, removeDeviceCopy, writeDeviceCopy, type DeviceCopy } from '@/components/portal/diary/deviceCopy'
import { clearDeviceDb, deviceDb } from '@/components/portal/offline/deviceDb'
import { sendHeldAnswers } from '@/components/portal/offline/worker/sendHeldAnswers'
import type { DiaryEntry } from '@/lib/diary'
import { isDeviceNamespace, isDiaryPagePath, offlineCopyKey, ownerOfCopyKey, UNCLAIMED } from '@/lib/offline'

const ORIGIN = 'https://portal.example'
const ALICE = 'a'.repeat(32)
const BOB = 'b'.repeat(32)

const answer = (timePointKey: string, nrs: number, synced = false, minute = 0): HeldAnswer => ({
  timePointKey,
  nrs,
  clientId: crypto.randomUUID(),
  answeredAt: new Date(Date.UTC(2026, 11, 5, 10, minute)).toISOString(),
  synced,
})
const entryOf = ({ synced: _synced, ...entry }: HeldAnswer): DiaryEntry => entry

describe('what the service worker may keep and open', () => {
  it('keeps diary pages only', () => {
    expect(isDiaryPagePath('/portal/appointments/12/diary')).toBe(true)
    for (const path of ['/portal', '/portal/appointments/12/consent', '/clinic/diaries/3', '/admin', '/api/diaries/12/entries', '/portal/appointments/12/diary/x']) {
      expect(isDiaryPagePath(path), path).toBe(false)
    }
  })

  it('keys each copy by its owner, and reads the owner back', () => {
    expect(ownerOfCopyKey(offlineCopyKey('/portal/appointments/1/diary', ALICE))).toBe(ALICE)
    expect(ownerOfCopyKey(`${ORIGIN}${offlineCopyKey('/portal/appointments/1/diary', UNCLAIMED)}`)).toBe(UNCLAIMED)
    expect(isDeviceNamespace(ALICE)).toBe(true)
    expect(isDeviceNamespace('../x')).toBe(false)
  })
})

describe('the answers kept on the device (IndexedDB)', () => {
  const storage = new Map<string, string>()
  const copy: DeviceCopy = { key: deviceCopyKey(7, 12), namespace: ALICE, appointmentId: 12 }

  beforeEach(async () => {
    storage.clear()
    vi.stubGlobal('window', {
      localStorage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => void storage.set(key, value),
        removeItem: (key: string) => void storage.delete(key),
      },
    })
    await clearDeviceDb(await deviceDb())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('round-trips answers and forgets them', async () => {
    const answers = [answer('baseline', 6), answer('15-minutes', 2, true)]
    expect(await writeDeviceCopy(copy, answers)).toBe(true)
    expect(await readDeviceCopy(copy)).toEqual(answers)
    await removeDeviceCopy(copy.key)
    expect(await readDeviceCopy(copy)).toEqual([])
  })

  it('moves a copy left in localStorage by the earlier version into IndexedDB, once, keeping the newer answer per time point', async () => {
    const inDb = answer('baseline', 6, false, 5)
    const olderInStorage = answer('baseline', 4, false, 1)
    const onlyInStorage = answer('30-minutes', 3, false, 2)
    await writeDeviceCopy(copy, [inDb])
    storage.set(copy.key, JSON.stringify([olderInStorage, onlyInStorage, { junk: true }]))

    const read = await readDeviceCopy(copy)
    expect(read.map((held) => [held.timePointKey, held.nrs]).sort()).toEqual([
      ['30-minutes', 3],
      ['baseline', 6],
    ])
    expect(storage.has(copy.key)).toBe(false)
    expect(await readDeviceCopy(copy)).toEqual(read)
  })

  it('sign-out leaves nothing', async () => {
    await writeDeviceCopy(copy, [answer('baseline', 6)])
    const db = await deviceDb()
    await db.put('device', ALICE, 'namespace')
    await clearDeviceDb(db)
    expect(await db.getAll('diary-answers')).toEqual([])
    expect(await db.get('device', 'namespace')).toBeUndefined()
  })
})

describe('the service worker sending kept answers', () => {
  type Sent = { path: string; entries: DiaryEntry[] }
  let sent: Sent[]
  let serverEntries: Map<string, DiaryEntry>
  let online: boolean
  /** Lets a test act while a request is in flight (the page adding an answer meanwhile). */
  let duringRequest: (() => Promise<void>) | null

  beforeEach(async () => {
    sent = []
    serverEntries = new Map()
    online = true
    duringRequest = null
    await clearDeviceDb(await deviceDb())
    // The endpoint as the server keeps it: one answer per time point, an answer re-sent stored once.
    vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
      if (!online) throw new TypeError('Failed to fetch')
      const { entries } = JSON.parse(String(init.body)) as { entries: DiaryEntry[] }
      sent.push({ path, entries })
      await duringRequest?.()
      for (const entry of entries) serverEntries.set(entry.timePointKey, entry)
      const state = { diary: { id: 1, status: 'in-progress', blockTime: null, submittedAt: null }, entries: [...serverEntries.values()] }
      return new Response(JSON.stringify(state), { status: 200, headers: { 'Content-Type': 'application/json' } })
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends only the unsent answers of the patient last seen here, and marks them saved', async () => {
    const db = await deviceDb()
    await db.put('device', ALICE, 'namespace')
    const saved = answer('baseline', 6, true)
    serverEntries.set('baseline', entryOf(saved))
    const unsent = answer('15-minutes', 2)
    await db.put('diary-answers', { key: deviceCopyKey(7, 12), namespace: ALICE, appointmentId: 12, answers: [saved, unsent] })
    await db.put('diary-answers', { key: deviceCopyKey(8, 13), namespace: BOB, appointmentId: 13, answers: [answer('baseline', 9)] })

    expect(await sendHeldAnswers()).toBe('done')
    expect(sent).toEqual([{ path: '/api/diaries/12/entries', entries: [entryOf(unsent)] }])
    expect((await db.get('diary-answers', deviceCopyKey(7, 12)))?.answers.every((held) => held.synced)).toBe(true)

    // Sending again sends nothing: every answer is confirmed.
    expect(await sendHeldAnswers()).toBe('done')
    expect(sent).toHaveLength(1)
  })

  it('keeps an answer the page adds while a batch is in flight, and sends it next', async () => {
    const db = await deviceDb()
    await db.put('device', ALICE, 'namespace')
    const key = deviceCopyKey(7, 12)
    const first = answer('baseline', 6)
    const later = answer('30-minutes', 1, false, 9)
    await db.put('diary-answers', { key, namespace: ALICE, appointmentId: 12, answers: [first] })
    duringRequest = async () => {
      duringRequest = null
      await db.put('diary-answers', { key, namespace: ALICE, appointmentId: 12, answers: [first, later] })
    }

    expect(await sendHeldAnswers()).toBe('done')
    expect(sent.map((request) => request.entries.map((entry) => entry.timePointKey))).toEqual([['baseline'], ['30-minutes']])
    expect([...serverEntries.keys()].sort()).toEqual(['30-minutes', 'baseline'])
  })

  it('asks to be tried again later when the network is down, keeping the answers', async () => {
    const db = await deviceDb()
    await db.put('device', ALICE, 'namespace')
    await db.put('diary-answers', { key: deviceCopyKey(7, 12), namespace: ALICE, appointmentId: 12, answers: [answer('baseline', 6)] })
    online = false
    expect(await sendHeldAnswers()).toBe('retry-later')
    expect((await db.get('diary-answers', deviceCopyKey(7, 12)))?.answers[0].synced).toBe(false)
  })
})
