'use client'

import Link from 'next/link'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState, type FormEvent } from 'react'

import { requestPasswordReset } from '@/app/(portal)/portal/actions'
import { ErrorSummary } from './ErrorSummary'

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations('forgotPassword')
  const tCommon = useTranslations('common')
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
      setFieldError(t('missing'))
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
      setError(t('offline'))
    } finally {
      setPending(false)
    }
  }

  if (sent) {
    return (
      <div className="notice notice--success" role="status" tabIndex={-1} ref={sentRef}>
        <h2 className="notice__title">{t('sentTitle')}</h2>
        <p>{t('sent')}</p>
        <p>{t('nothing')}</p>
        <p>
          <Link href="/portal/sign-in">{t('back')}</Link>
        </p>
      </div>
    )
  }

  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary message={error} />
      <div className={`field${fieldError ? ' field--error' : ''}`}>
        <label htmlFor="email">{t('email')}</label>
        <p className="field__hint" id="email-hint">
          {t('emailHint')}
        </p>
        {fieldError && (
          <p className="field__error" id="email-error">
            <span className="visually-hidden">{tCommon('errorPrefix')}</span>
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
        {pending ? t('sending') : t('send')}
      </button>
      <p className="form-links">
        <Link href="/portal/sign-in">{t('back')}</Link>
      </p>
    </form>
  )
}
