'use client'

import Link from 'next/link'
import { useLocale, useTranslations } from 'next-intl'
import { useActionState, useEffect, useRef } from 'react'

import { confirmInstructionsRead } from '@/app/(portal)/portal/actions'
import { formatDateTime, type ClinicFormats } from '@/lib/dates'
import { PORTAL_ACTIVITY_EVENT } from './SessionTimeout'

type State = { confirmedAt: string | null; error: string | null; signedOut?: boolean; justConfirmed: boolean }

/** "I have read these instructions": stored once per appointment, then shown with the date and time. */
export function ConfirmInstructionsForm({
  appointmentId,
  confirmedAt,
  formats,
}: {
  appointmentId: number
  confirmedAt: string | null
  /** The clinic's time zone and date wording (site settings). */
  formats: ClinicFormats
}) {
  const t = useTranslations('instructions')
  const tErrors = useTranslations('errors')
  const tPortal = useTranslations('portal')
  const locale = useLocale()
  const [state, formAction, pending] = useActionState<State, FormData>(
    async (previous) => {
      try {
        const result = await confirmInstructionsRead(appointmentId)
        window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
        return result.ok
          ? { confirmedAt: result.confirmedAt, error: null, justConfirmed: true }
          : { ...previous, error: result.message, signedOut: result.signedOut, justConfirmed: false }
      } catch {
        return {
          ...previous,
          error: tErrors('offline'),
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
          {t('confirmed', { when: formatDateTime(new Date(state.confirmedAt), formats, locale) })}
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
            {state.signedOut && (
              <p>
                <Link href="/portal/sign-in">{tPortal('signInAgain')}</Link>
              </p>
            )}
          </div>
        )}
      </div>
      <p>{t('confirmIntro')}</p>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {t('confirm')}
      </button>
    </form>
  )
}
