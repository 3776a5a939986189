'use client'

import Link from 'next/link'
import { useActionState, useEffect, useRef } from 'react'

import { confirmInstructionsRead } from '@/app/(portal)/portal/actions'
import { formatDateTime } from '@/lib/dates'
import { PORTAL_ACTIVITY_EVENT } from './SessionTimeout'

type State = { confirmedAt: string | null; error: string | null; justConfirmed: boolean }

/** "I have read these instructions": stored once per appointment, then shown with the date and time. */
export function ConfirmInstructionsForm({ appointmentId, confirmedAt }: { appointmentId: number; confirmedAt: string | null }) {
  const [state, formAction, pending] = useActionState<State, FormData>(
    async (previous) => {
      try {
        const result = await confirmInstructionsRead(appointmentId)
        window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
        return result.ok
          ? { confirmedAt: result.confirmedAt, error: null, justConfirmed: true }
          : { ...previous, error: result.message, justConfirmed: false }
      } catch {
        return {
          ...previous,
          error: 'We could not save this just now. Check your internet connection and try again.',
          justConfirmed: false,
        }
      }
    },
    { confirmedAt, error: null, justConfirmed: false },
  )
  const confirmationRef = useRef<HTMLParagraphElement>(null)

  // The button that was pressed is gone: put focus on the confirmation that replaced it.
  useEffect(() => {
    if (state.justConfirmed) confirmationRef.current?.focus()
  }, [state.justConfirmed])

  if (state.confirmedAt) {
    return (
      <div className="notice notice--success" role="status">
        <p ref={confirmationRef} tabIndex={-1}>
          <span aria-hidden="true">✓ </span>
          You confirmed you read these instructions on {formatDateTime(new Date(state.confirmedAt))}.
        </p>
      </div>
    )
  }

  return (
    <form action={formAction}>
      <div role="alert" aria-atomic="true">
        {state.error && (
          <div className="notice notice--error">
            <p>{state.error}</p>
            {/session/i.test(state.error) && (
              <p>
                <Link href="/portal/sign-in">Sign in again</Link>
              </p>
            )}
          </div>
        )}
      </div>
      <p>When you have read every step, let the clinic know. You can still come back to them at any time.</p>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        I have read these instructions
      </button>
    </form>
  )
}
