'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState, type FormEvent } from 'react'

import { portalPaths } from '@/lib/paths'
import { SECOND_STEP_CODE, signInErrorKey, type SignInErrorKey } from './signInMessages'

type FieldName = 'email' | 'password' | 'code'
type FieldErrors = Partial<Record<FieldName, string>>

/**
 * Email and password, checked by next-auth's Credentials provider (Payload does the checking and lockout).
 * When the account has an authenticator app, the first answer is SecondStepRequired: the form then shows
 * a code field and sends email, password and code together.
 */
export function SignInForm({ initialError = null }: { initialError?: SignInErrorKey | null }) {
  const t = useTranslations('signIn')
  const tc = useTranslations('common')
  const router = useRouter()
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [error, setError] = useState<SignInErrorKey | null>(initialError)
  const [pending, setPending] = useState(false)
  const [askCode, setAskCode] = useState(false)
  const emailRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  const codeRef = useRef<HTMLInputElement>(null)

  // The code field appears under the pressed button's form: take the patient straight to it.
  useEffect(() => {
    if (askCode) codeRef.current?.focus()
  }, [askCode])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const form = new FormData(event.currentTarget)
    const email = String(form.get('email') ?? '').trim()
    const password = String(form.get('password') ?? '')
    const code = String(form.get('code') ?? '').trim()
    const missing: FieldErrors = {}
    if (!email) missing.email = t('missingEmail')
    if (!password) missing.password = t('missingPassword')
    if (askCode && !code) missing.code = t('missingCode')
    setFieldErrors(missing)
    if (missing.email || missing.password || missing.code) {
      setError(null)
      ;(missing.email ? emailRef : missing.password ? passwordRef : codeRef).current?.focus()
      return
    }

    setPending(true)
    setError(null)
    try {
      const result = await signIn('credentials', { redirect: false, email, password, ...(askCode ? { code } : {}) })
      if (result?.error === SECOND_STEP_CODE) {
        // The password was right: keep it for the second submit and ask for the code.
        setAskCode(true)
        setError(signInErrorKey(SECOND_STEP_CODE))
        setPending(false)
        return
      }
      if (!result || result.error || !result.ok) {
        setError(signInErrorKey(result?.error ?? 'unavailable'))
        if (passwordRef.current) passwordRef.current.value = ''
        if (codeRef.current) codeRef.current.value = ''
        setPending(false)
        return
      }
      router.push(portalPaths.home)
    } catch {
      setError('unavailable')
      setPending(false)
    }
  }

  const describedBy = (name: FieldName, ...extra: string[]) =>
    [...extra, fieldErrors[name] ? `${name}-error` : null].filter(Boolean).join(' ') || undefined

  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <div role="alert" aria-atomic="true">
        {error && (
          <div className="notice notice--error">
            <h2 className="notice__title">{t('notSignedIn')}</h2>
            <p>{t(error)}</p>
          </div>
        )}
      </div>

      <div className={`field${fieldErrors.email ? ' field--error' : ''}`}>
        <label htmlFor="email">{t('email')}</label>
        {fieldErrors.email && (
          <p className="field__error" id="email-error">
            <span className="visually-hidden">{tc('errorPrefix')}</span>
            {fieldErrors.email}
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
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={describedBy('email')}
        />
      </div>

      <div className={`field${fieldErrors.password ? ' field--error' : ''}`}>
        <label htmlFor="password">{t('password')}</label>
        {fieldErrors.password && (
          <p className="field__error" id="password-error">
            <span className="visually-hidden">{tc('errorPrefix')}</span>
            {fieldErrors.password}
          </p>
        )}
        <input
          ref={passwordRef}
          className="input"
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={describedBy('password')}
        />
      </div>

      {askCode && (
        <div className={`field${fieldErrors.code ? ' field--error' : ''}`}>
          <label htmlFor="code">{t('code')}</label>
          <p className="field__hint" id="code-hint">
            {t('codeHint')}
          </p>
          {fieldErrors.code && (
            <p className="field__error" id="code-error">
              <span className="visually-hidden">{tc('errorPrefix')}</span>
              {fieldErrors.code}
            </p>
          )}
          <input
            ref={codeRef}
            className="input input--code"
            id="code"
            name="code"
            type="text"
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="none"
            aria-invalid={fieldErrors.code ? true : undefined}
            aria-describedby={describedBy('code', 'code-hint')}
          />
        </div>
      )}

      <button className="button" type="submit" aria-disabled={pending || undefined}>
        {pending ? t('submitting') : t('submit')}
      </button>

      <p className="form-links">
        <Link href="/portal/forgot-password">{t('forgot')}</Link>
      </p>
    </form>
  )
}
