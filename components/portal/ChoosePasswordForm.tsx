'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { signIn } from 'next-auth/react'
import { useState, type FormEvent } from 'react'
import { useForm, type FieldErrors } from 'react-hook-form'
import type { z } from 'zod'

import { choosePassword } from '@/app/(portal)/portal/actions'
import { portalPaths } from '@/lib/paths'
import { choosePasswordSchema, MIN_PASSWORD_LENGTH } from '@/lib/passwords'
import { ErrorSummary } from './ErrorSummary'
import { LINK_PROBLEM_TITLE, LinkProblemAdvice } from './LinkProblem'

type FormInput = z.input<typeof choosePasswordSchema>
type FormOutput = z.output<typeof choosePasswordSchema>
type FieldName = keyof FormInput

const FIELD_ORDER: FieldName[] = ['password', 'confirmPassword']

type Props = {
  token: string
  purpose: 'activate' | 'reset'
  /** The account's email, for password managers (a read-only "username" field). */
  email?: string | null
  phone: string
}

type Problem = { kind: 'fields'; messages: { field: FieldName; message: string }[] } | { kind: 'message'; message: string } | null

/**
 * Choose a password from an invite or reset link. The browser checks the rules with the same zod
 * schema as the server; paste and password managers work (autocomplete="new-password").
 */
export function ChoosePasswordForm({ token, purpose, email, phone }: Props) {
  const router = useRouter()
  const [problem, setProblem] = useState<Problem>(null)
  const [linkProblem, setLinkProblem] = useState(false)
  const [signInFailed, setSignInFailed] = useState(false)
  const [showPasswords, setShowPasswords] = useState(false)
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(choosePasswordSchema),
    defaultValues: { password: '', confirmPassword: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })

  const labels: Record<FieldName, string> =
    purpose === 'activate'
      ? { password: 'Choose a password', confirmPassword: 'Type the password again' }
      : { password: 'New password', confirmPassword: 'Type the new password again' }

  function onInvalid(invalid: FieldErrors<FormInput>) {
    const messages = FIELD_ORDER.flatMap((field) => (invalid[field]?.message ? [{ field, message: String(invalid[field]?.message) }] : []))
    setProblem({ kind: 'fields', messages })
  }

  async function onValid(values: FormOutput) {
    setProblem(null)
    let result: Awaited<ReturnType<typeof choosePassword>>
    try {
      result = await choosePassword({ token, purpose, password: values.password, confirmPassword: values.confirmPassword })
    } catch {
      setProblem({ kind: 'message', message: 'We could not save your password just now. Check your internet connection and try again.' })
      return
    }
    if (!result.ok) {
      const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([field]) => FIELD_ORDER.includes(field as FieldName)) as [
        FieldName,
        string,
      ][]
      if (fieldErrors.length === 0) {
        setLinkProblem(true)
        return
      }
      for (const [field, message] of fieldErrors) setError(field, { type: 'server', message })
      setProblem({ kind: 'fields', messages: fieldErrors.map(([field, message]) => ({ field, message })) })
      setFocus(fieldErrors[0][0])
      return
    }
    const signedIn = await signIn('credentials', { email: result.email, password: values.password, redirect: false }).catch(() => null)
    if (!signedIn || signedIn.error || !signedIn.ok) {
      setSignInFailed(true)
      return
    }
    router.push(portalPaths.home)
  }

  if (linkProblem) {
    return (
      <div className="notice notice--error" role="alert">
        <h2 className="notice__title">{LINK_PROBLEM_TITLE}</h2>
        <LinkProblemAdvice phone={phone} />
      </div>
    )
  }

  if (signInFailed) {
    return (
      <div className="notice notice--success" role="alert">
        <h2 className="notice__title">Your password is saved</h2>
        <p>We could not sign you in automatically. Sign in with your email address and your new password.</p>
        <p>
          <Link href="/portal/sign-in">Go to sign in</Link>
        </p>
      </div>
    )
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    if (isSubmitting) {
      event.preventDefault()
      return
    }
    return handleSubmit(onValid, onInvalid)(event)
  }

  const describedBy = (field: FieldName, ...extra: string[]) =>
    [...extra, errors[field] ? `${field}-error` : null].filter(Boolean).join(' ') || undefined

  return (
    <form className="form" method="post" noValidate onSubmit={submit}>
      <ErrorSummary
        message={problem?.kind === 'message' ? problem.message : undefined}
        problems={problem?.kind === 'fields' ? problem.messages.map(({ field, message }) => ({ target: field, message: `${labels[field]}: ${message}` })) : []}
        onSelect={(target) => setFocus(target as FieldName)}
      />

      {email && (
        <div className="field">
          <label htmlFor="username">Your email address</label>
          <p className="field__hint" id="username-hint">
            You sign in with this address.
          </p>
          <input
            className="input"
            id="username"
            name="username"
            type="email"
            autoComplete="username"
            value={email}
            readOnly
            aria-describedby="username-hint"
          />
        </div>
      )}

      <div className={`field${errors.password ? ' field--error' : ''}`}>
        <label htmlFor="password">{labels.password}</label>
        <div className="field__hint" id="password-rules">
          <p className="field__hint">Your password must:</p>
          <ul>
            <li>have at least {MIN_PASSWORD_LENGTH} characters</li>
            <li>not be a common password</li>
          </ul>
          <p className="field__hint">
            Three or four unrelated words make a strong password that is easy to remember. Spaces are fine. You can paste a password, or let
            your password manager make one.
          </p>
        </div>
        {errors.password && (
          <p className="field__error" id="password-error">
            <span className="visually-hidden">Error: </span>
            {errors.password.message}
          </p>
        )}
        <input
          className="input"
          id="password"
          type={showPasswords ? 'text' : 'password'}
          autoComplete="new-password"
          spellCheck={false}
          autoCapitalize="none"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy('password', 'password-rules')}
          {...register('password')}
        />
      </div>

      <div className={`field${errors.confirmPassword ? ' field--error' : ''}`}>
        <label htmlFor="confirmPassword">{labels.confirmPassword}</label>
        {errors.confirmPassword && (
          <p className="field__error" id="confirmPassword-error">
            <span className="visually-hidden">Error: </span>
            {errors.confirmPassword.message}
          </p>
        )}
        <input
          className="input"
          id="confirmPassword"
          type={showPasswords ? 'text' : 'password'}
          autoComplete="new-password"
          spellCheck={false}
          autoCapitalize="none"
          aria-invalid={errors.confirmPassword ? true : undefined}
          aria-describedby={describedBy('confirmPassword')}
          {...register('confirmPassword')}
        />
      </div>

      <div className="checkbox">
        <input id="show-passwords" type="checkbox" checked={showPasswords} onChange={(event) => setShowPasswords(event.target.checked)} />
        <label htmlFor="show-passwords">Show the passwords</label>
      </div>

      <button className="button" type="submit" aria-disabled={isSubmitting || undefined}>
        {isSubmitting ? 'Saving…' : purpose === 'activate' ? 'Save password and sign in' : 'Save new password and sign in'}
      </button>
    </form>
  )
}
