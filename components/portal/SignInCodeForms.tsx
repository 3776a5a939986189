'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useActionState, useEffect, useRef } from 'react'

import { confirmSignInCode, turnOffSignInCode } from '@/app/(portal)/portal/actions'
import { portalPaths } from '@/lib/paths'
import { PORTAL_ACTIVITY_EVENT } from './SessionTimeout'

type CodeState = { error: string | null; fieldError: string | null; recoveryCodes: string[] | null }

const initial: CodeState = { error: null, fieldError: null, recoveryCodes: null }

/** One code box with its label, hint and error, shared by "turn on" and "turn off". */
function CodeField({ hint, fieldError }: { hint: string; fieldError: string | null }) {
  const t = useTranslations('signInSecurity')
  const tCommon = useTranslations('common')
  return (
    <div className={`field${fieldError ? ' field--error' : ''}`}>
      <label htmlFor="code">{t('code')}</label>
      <p className="field__hint" id="code-hint">
        {hint}
      </p>
      {fieldError && (
        <p className="field__error" id="code-error">
          <span className="visually-hidden">{tCommon('errorPrefix')}</span>
          {fieldError}
        </p>
      )}
      <input
        className="input input--code"
        id="code"
        name="code"
        type="text"
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="none"
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={['code-hint', fieldError ? 'code-error' : null].filter(Boolean).join(' ')}
      />
    </div>
  )
}

function ErrorNotice({ error }: { error: string | null }) {
  return (
    <div role="alert" aria-atomic="true">
      {error && (
        <div className="notice notice--error">
          <p>{error}</p>
        </div>
      )}
    </div>
  )
}

/** "Turn on", last step: the first code from the app, then the ten recovery codes, shown once. */
export function TurnOnForm() {
  const t = useTranslations('signInSecurity')
  const [state, formAction, pending] = useActionState<CodeState, FormData>(async (previous, form) => {
    try {
      const result = await confirmSignInCode({ code: String(form.get('code') ?? '') })
      window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
      if (result.ok) return { error: null, fieldError: null, recoveryCodes: result.recoveryCodes }
      return { ...previous, error: result.message, fieldError: result.fieldErrors?.code ?? null }
    } catch {
      return { ...previous, error: t('unreachable'), fieldError: null }
    }
  }, initial)
  const savedRef = useRef<HTMLHeadingElement>(null)

  // The form is gone once the codes show: move focus to their heading.
  useEffect(() => {
    if (state.recoveryCodes) savedRef.current?.focus()
  }, [state.recoveryCodes])

  if (state.recoveryCodes) {
    return (
      <section aria-labelledby="recovery-heading" className="recovery-codes">
        <div className="notice notice--success" role="status">
          <p>{t('nowOn')}</p>
        </div>
        <h2 id="recovery-heading" ref={savedRef} tabIndex={-1}>
          {t('saveCodes')}
        </h2>
        <p>{t('codesExplain')}</p>
        <ul className="recovery-codes__list">
          {state.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link className="button" href={portalPaths.signInSecurity}>
            {t('savedCodes')}
          </Link>
        </p>
      </section>
    )
  }

  return (
    <form action={formAction} noValidate className="form">
      <ErrorNotice error={state.error} />
      <CodeField hint={t('onHint')} fieldError={state.fieldError} />
      <button className="button" type="submit" aria-disabled={pending || undefined}>
        {pending ? t('checking') : t('turnOn')}
      </button>
    </form>
  )
}

/** "Turn off": a current code (or a recovery code) proves the phone is still the patient's. */
export function TurnOffForm() {
  const t = useTranslations('signInSecurity')
  const router = useRouter()
  const [state, formAction, pending] = useActionState<CodeState, FormData>(async (previous, form) => {
    try {
      const result = await turnOffSignInCode({ code: String(form.get('code') ?? '') })
      window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
      if (result.ok) {
        router.replace(`${portalPaths.signInSecurity}?turnedOff=1`)
        return previous
      }
      return { ...previous, error: result.message, fieldError: result.fieldErrors?.code ?? null }
    } catch {
      return { ...previous, error: t('unreachable'), fieldError: null }
    }
  }, initial)

  return (
    <form action={formAction} noValidate className="form">
      <ErrorNotice error={state.error} />
      <CodeField hint={t('offHint')} fieldError={state.fieldError} />
      <button className="button button--secondary" type="submit" aria-disabled={pending || undefined}>
        {pending ? t('checking') : t('turnOff')}
      </button>
    </form>
  )
}
