'use client'

import { usePathname } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react'

import { staySignedIn } from '@/app/(portal)/portal/actions'
import { SignOutForm } from './SignOutForm'
import { IDLE_WARNING_MS } from '@/lib/sessions'

/** Other parts of the portal dispatch this after talking to the server (which counts as activity). */
export const PORTAL_ACTIVITY_EVENT = 'portal:activity'
export const IDLE_SIGN_OUT_PATH = '/portal/sign-in?reason=idle'
const CHANNEL_NAME = 'harbour-portal-session'

type Props = {
  /** Time left before the session ends (idle or absolute limit), measured by the server as it rendered. */
  remainingMs: number
}

/** Tells every open portal tab in this browser that the session now ends later. */
function shareDeadline(deadline: number) {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL_NAME)
  channel.postMessage({ deadline })
  channel.close()
}

/**
 * Warns one minute before the idle timeout in a modal alert dialog with focus on "Stay signed in",
 * extends the session on request, and leaves for the sign-in page when time is up. Deadlines are
 * kept as this device's clock time, computed from the server's "time left", so a wrong device
 * clock does not matter; they are re-checked when the tab becomes visible again (phones pause timers).
 */
export function SessionTimeout({ remainingMs }: Props) {
  const t = useTranslations('sessionTimeout')
  const pathname = usePathname()
  const deadlineRef = useRef<number>(0)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const stayRef = useRef<HTMLButtonElement>(null)
  const returnFocusRef = useRef<HTMLElement | null>(null)
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const firstPathRef = useRef(pathname)
  const [warning, setWarning] = useState(false)
  const [secondsLeft, setSecondsLeft] = useState(Math.round(IDLE_WARNING_MS / 1000))
  const [pending, setPending] = useState(false)
  const [announcement, setAnnouncement] = useState('')

  const leave = useCallback(() => {
    clearTimeout(timerRef.current)
    window.location.replace(IDLE_SIGN_OUT_PATH)
  }, [])

  /** Sets the timers for the current deadline: the warning first, then the end. */
  const schedule = useCallback(() => {
    clearTimeout(timerRef.current)
    const left = deadlineRef.current - Date.now()
    if (left <= 0) return leave()
    if (left <= IDLE_WARNING_MS) {
      setWarning(true)
      timerRef.current = setTimeout(schedule, Math.min(left, 1000))
      return
    }
    setWarning(false)
    timerRef.current = setTimeout(schedule, left - IDLE_WARNING_MS)
  }, [leave])

  const setDeadline = useCallback(
    (deadline: number, share: boolean) => {
      deadlineRef.current = deadline
      if (share) shareDeadline(deadline)
      schedule()
    },
    [schedule],
  )

  /** Asks the server to restart the idle clock, then plans from the time it reports. */
  const extend = useCallback(async () => {
    const result = await staySignedIn().catch(() => null)
    if (!result) return false
    if ('expired' in result) {
      leave()
      return false
    }
    setDeadline(Date.now() + result.remainingMs, true)
    return true
  }, [leave, setDeadline])

  // The server measured the time left when it rendered the layout (again after router.refresh()).
  useEffect(() => {
    setDeadline(Date.now() + remainingMs, false)
  }, [remainingMs, setDeadline])

  // Moving to another portal page talked to the server, which restarted the idle clock: ask it for the new time.
  useEffect(() => {
    if (pathname === firstPathRef.current) return
    firstPathRef.current = pathname
    void extend()
  }, [pathname, extend])

  useEffect(() => {
    const onActivity = () => void extend()
    const onVisible = () => {
      if (document.visibilityState === 'visible') schedule()
    }
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME)
    if (channel) {
      channel.onmessage = (event: MessageEvent<{ deadline?: number }>) => {
        const deadline = event.data?.deadline
        if (typeof deadline === 'number' && deadline > deadlineRef.current) setDeadline(deadline, false)
      }
    }
    window.addEventListener(PORTAL_ACTIVITY_EVENT, onActivity)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.removeEventListener(PORTAL_ACTIVITY_EVENT, onActivity)
      document.removeEventListener('visibilitychange', onVisible)
      channel?.close()
      clearTimeout(timerRef.current)
    }
  }, [extend, schedule, setDeadline])

  // Open and close the modal dialog; focus goes to "Stay signed in", then back where it was.
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (warning && !dialog.open) {
      returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      setAnnouncement('')
      dialog.showModal()
      stayRef.current?.focus()
    } else if (!warning && dialog.open) {
      dialog.close()
      returnFocusRef.current?.focus()
    }
  }, [warning])

  // The countdown shown in the dialog.
  useEffect(() => {
    if (!warning) return
    const tick = () => setSecondsLeft(Math.max(0, Math.ceil((deadlineRef.current - Date.now()) / 1000)))
    tick()
    const interval = setInterval(tick, 1000)
    return () => clearInterval(interval)
  }, [warning])

  async function onStay() {
    if (pending) return
    setPending(true)
    const extended = await extend()
    setPending(false)
    if (extended) setAnnouncement(t('stillSignedIn'))
  }

  // Escape would close the dialog and leave the patient to be signed out unseen: treat it as "Stay signed in".
  function onCancel(event: SyntheticEvent<HTMLDialogElement>) {
    event.preventDefault()
    void onStay()
  }

  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <dialog
        ref={dialogRef}
        className="timeout-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="timeout-title"
        aria-describedby="timeout-description"
        onCancel={onCancel}
      >
        <h2 id="timeout-title">{t('title')}</h2>
        <p id="timeout-description">{t('description', { seconds: secondsLeft })}</p>
        <div className="button-row">
          <button ref={stayRef} type="button" className="button" onClick={onStay} aria-disabled={pending || undefined}>
            {t('stay')}
          </button>
          <SignOutForm label={t('signOutNow')} />
        </div>
      </dialog>
    </>
  )
}
