'use client'

import Link from 'next/link'
import { useEffect, useRef, useState, type FormEvent } from 'react'

import { requestPasswordReset } from '@/app/(portal)/portal/actions'
import { ErrorSummary } from './ErrorSummary'

export const RESET_LINK_SENT_MESSAGE = 'If an account uses that email, we have sent a link to it. The link works once, for 72 hours.'

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const [sent, setSent] = useState(false)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const emailRef = useRef<HTMLInputElement>(null)
  const sentRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (sent) sentRef.current?.focus()
  }, [sent])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim()
    setError(null)
    if (!email) {
      setFieldError('Enter the email address you use for the portal.')
      emailRef.current?.focus()
      return
    }
    setFieldError(null)
    setPending(true)
    try {
      const result = await requestPasswordReset({ email })
      if (result.ok) {
        setSent(true)
      } else if (result.fieldErrors?.email) {
        setFieldError(result.fieldErrors.email)
        emailRef.current?.focus()
      } else {
        setError(result.message)
      }
    } catch {
      setError('We could not send the request just now. Check your internet connection and try again.')
    } finally {
      setPending(false)
    }
  }

  if (sent) {
    return (
      <div className="notice notice--success" role="status" tabIndex={-1} ref={sentRef}>
        <h2 className="notice__title">Check your email</h2>
        <p>{RESET_LINK_SENT_MESSAGE}</p>
        <p>Nothing after a few minutes? Check your spam folder, or call the clinic.</p>
        <p>
          <Link href="/portal/sign-in">Back to sign in</Link>
        </p>
      </div>
    )
  }

  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary message={error} />
      <div className={`field${fieldError ? ' field--error' : ''}`}>
        <label htmlFor="email">Email address</label>
        <p className="field__hint" id="email-hint">
          The address the clinic has for you.
        </p>
        {fieldError && (
          <p className="field__error" id="email-error">
            <span className="visually-hidden">Error: </span>
            {fieldError}
          </p>
        )}
        <input
          ref={emailRef}
          className="input"
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'email-hint email-error' : 'email-hint'}
        />
      </div>
      <button className="button" type="submit" aria-disabled={pending || undefined}>
        {pending ? 'Sending…' : 'Send me a link'}
      </button>
      <p className="form-links">
        <Link href="/portal/sign-in">Back to sign in</Link>
      </p>
    </form>
  )
}
