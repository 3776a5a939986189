'use client'

import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import { PORTAL_ACTIVITY_EVENT } from '../SessionTimeout'

type State = { step: 'closed' | 'confirm' | 'sending'; error?: string; signIn?: boolean }

/** "Withdraw my consent", with a confirmation first. The signed record is kept; its status changes. */
export function WithdrawConsent({ appointmentId }: { appointmentId: number }) {
  const router = useRouter()
  const pathname = usePathname()
  const [state, setState] = useState<State>({ step: 'closed' })
  const questionRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (state.step === 'confirm') questionRef.current?.focus()
  }, [state.step])

  async function withdraw() {
    if (state.step === 'sending') return
    setState({ step: 'sending' })
    try {
      const response = await fetch('/api/consents/withdraw', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ appointmentId }),
      })
      window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
      if (response.ok) {
        router.replace(`${pathname}?withdrawn=1`, { scroll: true })
        return
      }
      const reply = (await response.json().catch(() => ({}))) as { message?: string }
      setState({ step: 'confirm', error: reply.message ?? 'Your consent could not be withdrawn just now. Try again, or call the clinic.', signIn: response.status === 401 })
    } catch {
      setState({ step: 'confirm', error: 'We could not reach the clinic just now. Check your internet connection and try again.' })
    }
  }

  if (state.step === 'closed') {
    return (
      <button type="button" className="button button--secondary" onClick={() => setState({ step: 'confirm' })}>
        Withdraw my consent
      </button>
    )
  }

  return (
    <div className="notice withdraw-consent">
      <h3 className="notice__title" ref={questionRef} tabIndex={-1}>
        Withdraw your consent?
      </h3>
      <p>
        The clinic will not do the procedure on your consent as it stands. Your signed form is kept, marked as withdrawn with today’s date.
        You can sign again later if you change your mind.
      </p>
      <div role="alert">
        {state.error && (
          <p className="field__error">
            {state.error} {state.signIn && <Link href="/portal/sign-in">Sign in again</Link>}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={withdraw} aria-disabled={state.step === 'sending' || undefined}>
          {state.step === 'sending' ? 'Withdrawing…' : 'Yes, withdraw my consent'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setState({ step: 'closed' })}>
          No, keep my consent
        </button>
      </div>
    </div>
  )
}
