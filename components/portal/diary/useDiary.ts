'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import type { DiaryState } from '@/collections/Diaries/state'
import { mergeEntries, type DiaryEntry } from '@/lib/diary'
import { DIARY_PROBLEMS } from '@/lib/diary/problems'
import { forgetDiaryPage, keepDiaryPageOffline, requestBackgroundSync } from '../offline/serviceWorker'
import { PORTAL_ACTIVITY_EVENT } from '../SessionTimeout'
import { reconcile, recordAnswer, nextBatch, unsentCount, type HeldAnswer } from './answers'
import { saveBlockTime, saveEntries, submitDiary } from './api'
import { deviceCopyKey, readDeviceCopy, removeDeviceCopy, writeDeviceCopy, type DeviceCopy } from './deviceCopy'

/** `kept`: no connection; `paused`: the clinic's server cannot answer just now. Either way the answers wait on the device. */
export type Connection = 'saved' | 'kept' | 'paused' | 'signed-out'
export type DiaryMeta = DiaryState['diary']

/** Rapid changes (arrow keys across the pain scale) go out as one request. */
const SEND_DELAY_MS = 250
const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 20_000, 30_000]

type Options = { appointmentId: number; patientId: number; deviceNamespace: string; initial: DiaryState | null }

/**
 * The diary's answers, saved as the patient goes: each answer is written to the device (IndexedDB) at
 * once and sent to the server right after; when the connection or the server fails, answers stay on
 * the device and are sent again (on reconnect, on return to the tab, on a back-off timer, and by the
 * service worker's Background Sync even after the page is closed). The page itself is kept for
 * offline use by the service worker.
 */
export function useDiary({ appointmentId, patientId, deviceNamespace, initial }: Options) {
  const storageKey = deviceCopyKey(patientId, appointmentId)
  const copy = useMemo<DeviceCopy>(() => ({ key: storageKey, namespace: deviceNamespace, appointmentId }), [storageKey, deviceNamespace, appointmentId])
  const heldRef = useRef<HeldAnswer[]>(reconcile([], initial?.entries ?? []))
  const [held, setHeld] = useState(heldRef.current)
  const [diary, setDiary] = useState<DiaryMeta | null>(initial?.diary ?? null)
  const [connection, setConnection] = useState<Connection>('saved')
  const [problem, setProblem] = useState<string | null>(null)
  const refused = useRef(new Set<string>())
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const retryCount = useRef(0)
  const submitted = diary?.status === 'submitted'

  const hold = useCallback(
    (next: HeldAnswer[]) => {
      heldRef.current = next
      setHeld(next)
      void writeDeviceCopy(copy, next)
    },
    [copy],
  )

  const applyState = useCallback(
    (state: DiaryState) => {
      setDiary(state.diary)
      const next = reconcile(heldRef.current, state.entries)
      if (state.diary.status === 'submitted') {
        heldRef.current = next
        setHeld(next)
        void removeDeviceCopy(storageKey)
        forgetDiaryPage(window.location.pathname)
      } else {
        hold(next)
      }
      window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
    },
    [hold, storageKey],
  )

  /** Sends every unsent answer, batch after batch, until none is left or the connection fails. */
  const sendPending = useCallback(async (): Promise<void> => {
    for (;;) {
      const batch = nextBatch(heldRef.current, refused.current)
      if (batch.length === 0) {
        setConnection((current) => (current === 'signed-out' ? current : 'saved'))
        return
      }
      const outcome = await saveEntries(appointmentId, batch)
      if (outcome.kind === 'kept') {
        setConnection(outcome.reason === 'server' ? 'paused' : 'kept')
        void requestBackgroundSync()
        const delay = RETRY_DELAYS_MS[Math.min(retryCount.current++, RETRY_DELAYS_MS.length - 1)]
        retryTimer.current = setTimeout(() => void flushRef.current(), delay)
        return
      }
      if (outcome.kind === 'signed-out') {
        setConnection('signed-out')
        return
      }
      if (outcome.kind === 'refused') {
        for (const entry of batch) refused.current.add(entry.clientId)
        setProblem(outcome.message)
        continue
      }
      retryCount.current = 0
      setConnection('saved')
      setProblem(null)
      applyState(outcome.state)
      // Never send the same answer in a loop: what the server answered is the truth.
      for (const entry of batch) if (heldRef.current.some((held) => held.clientId === entry.clientId && !held.synced)) refused.current.add(entry.clientId)
    }
  }, [appointmentId, applyState])

  const inFlight = useRef<Promise<void> | null>(null)
  /** One sender at a time; a caller arriving meanwhile waits for it (it also sends what arrived since). */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(retryTimer.current)
    inFlight.current ??= sendPending().finally(() => {
      inFlight.current = null
    })
    return inFlight.current
  }, [sendPending])
  const flushRef = useRef(flush)
  flushRef.current = flush

  const sendSoon = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const answer = useCallback(
    (entry: DiaryEntry) => {
      hold(recordAnswer(heldRef.current, entry))
      clearTimeout(sendSoon.current)
      sendSoon.current = setTimeout(() => void flush(), SEND_DELAY_MS)
    },
    [flush, hold],
  )

  // Answers left on this device by an earlier visit (offline, tab closed) join the server's, then go out.
  useEffect(() => {
    if (submitted) {
      void removeDeviceCopy(storageKey)
      return
    }
    let left = false
    void readDeviceCopy(copy).then((kept) => {
      if (left) return
      // Answers given while the device copy was read are in heldRef already: both are kept.
      hold(reconcile(mergeEntries(kept, heldRef.current), initial?.entries ?? []))
      void flush()
    })
    void keepDiaryPageOffline(deviceNamespace)
    const retryNow = () => {
      if (document.visibilityState === 'visible') void flush()
    }
    window.addEventListener('online', retryNow)
    document.addEventListener('visibilitychange', retryNow)
    return () => {
      left = true
      window.removeEventListener('online', retryNow)
      document.removeEventListener('visibilitychange', retryNow)
      clearTimeout(retryTimer.current)
      clearTimeout(sendSoon.current)
    }
    // Once per page: later changes flow through `answer` and `flush`.
  }, [])

  const recordBlockTime = useCallback(
    async (time: string): Promise<string | null> => {
      const outcome = await saveBlockTime(appointmentId, time)
      if (outcome.kind === 'saved') {
        applyState(outcome.state)
        void flush()
        return null
      }
      if (outcome.kind === 'kept') return DIARY_PROBLEMS.blockTimeOffline
      if (outcome.kind === 'signed-out') return DIARY_PROBLEMS.blockTimeSignedOut
      return outcome.message
    },
    [appointmentId, applyState, flush],
  )

  const submit = useCallback(async (): Promise<string | null> => {
    await flush()
    if (unsentCount(heldRef.current, refused.current) > 0) {
      return DIARY_PROBLEMS.notAllSent
    }
    const outcome = await submitDiary(appointmentId)
    if (outcome.kind === 'saved') {
      applyState(outcome.state)
      return null
    }
    if (outcome.kind === 'kept') return DIARY_PROBLEMS.submitOffline
    if (outcome.kind === 'signed-out') return DIARY_PROBLEMS.submitSignedOut
    return outcome.message
  }, [appointmentId, applyState, flush])

  return { held, diary, connection, problem, unsent: unsentCount(held, refused.current), answer, recordBlockTime, submit }
}
