'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { signIn } from 'next-auth/react'
import { useRef, useState, type FormEvent } from 'react'

import { portalPaths } from '@/lib/paths'
import { SIGN_IN_UNAVAILABLE_MESSAGE, signInErrorMessage } from './signInMessages'

type FieldName = 'email' | 'password'
type FieldErrors = Partial<Record<FieldName, string>>

/** Email and password, checked by next-auth's Credentials provider (Payload does the checking and lockout). */
export function SignInForm({ initialError = null }: { initialError?: string | null }) {
  const router = useRouter()
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [error, setError] = useState<string | null>(initialError)
  const [pending, setPending] = useState(false)
  const emailRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const form = new FormData(event.currentTarget)
    const email = String(form.get('email') ?? '').trim()
    const password = String(form.get('password') ?? '')
    const missing: FieldErrors = {}
    if (!email) missing.email = 'Enter your email address.'
    if (!password) missing.password = 'Enter your password.'
    setFieldErrors(missing)
    if (missing.email || missing.password) {
      setError(null)
      ;(missing.email ? emailRef : passwordRef).current?.focus()
      return
    }

    setPending(true)
    setError(null)
    try {
      const result = await signIn('credentials', { redirect: false, email, password })
      if (!result || result.error || !result.ok) {
        setError(signInErrorMessage(result?.error ?? 'unavailable'))
        if (passwordRef.current) passwordRef.current.value = ''
        setPending(false)
        return
      }
      router.push(portalPaths.home)
    } catch {
      setError(SIGN_IN_UNAVAILABLE_MESSAGE)
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
            <h2 className="notice__title">You are not signed in</h2>
            <p>{error}</p>
          </div>
        )}
      </div>

      <div className={`field${fieldErrors.email ? ' field--error' : ''}`}>
        <label htmlFor="email">Email address</label>
        {fieldErrors.email && (
          <p className="field__error" id="email-error">
            <span className="visually-hidden">Error: </span>
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
        <label htmlFor="password">Password</label>
        {fieldErrors.password && (
          <p className="field__error" id="password-error">
            <span className="visually-hidden">Error: </span>
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

      <button className="button" type="submit" aria-disabled={pending || undefined}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>

      <p className="form-links">
        <Link href="/portal/forgot-password">Forgot your password?</Link>
      </p>
    </form>
  )
}
