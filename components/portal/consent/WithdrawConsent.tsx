'use client'

import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'

import { PORTAL_ACTIVITY_EVENT } from '../SessionTimeout'

type State = { step: 'closed' | 'confirm' | 'sending'; error?: string; signIn?: boolean }

/** "Withdraw my consent", with a confirmation first. The signed record is kept; its status changes. */
export function WithdrawConsent({ appointmentId }: { appointmentId: number }) {
  const router = useRouter()
  const t = useTranslations('consent')
  const tPortal = useTranslations('portal')
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
      setState({ step: 'confirm', error: reply.message ?? t('withdrawFailed'), signIn: response.status === 401 })
    } catch {
      setState({ step: 'confirm', error: t('withdrawOffline') })
    }
  }

  if (state.step === 'closed') {
    return (
      <button type="button" className="button button--secondary" onClick={() => setState({ step: 'confirm' })}>
        {t('withdraw')}
      </button>
    )
  }

  return (
    <div className="notice withdraw-consent">
      <h3 className="notice__title" ref={questionRef} tabIndex={-1}>
        {t('withdrawQuestion')}
      </h3>
      <p>{t('withdrawExplain')}</p>
      <div role="alert">
        {state.error && (
          <p className="field__error">
            {state.error} {state.signIn && <Link href="/portal/sign-in">{tPortal('signInAgain')}</Link>}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={withdraw} aria-disabled={state.step === 'sending' || undefined}>
          {state.step === 'sending' ? t('withdrawing') : t('withdrawYes')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setState({ step: 'closed' })}>
          {t('withdrawNo')}
        </button>
      </div>
    </div>
  )
}
