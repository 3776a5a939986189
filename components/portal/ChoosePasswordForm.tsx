'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'
import { useMemo, useState, type FormEvent } from 'react'
import { useForm, type FieldErrors } from 'react-hook-form'
import type { z } from 'zod'

import { choosePassword } from '@/app/(portal)/portal/actions'
import { portalPaths } from '@/lib/paths'
import { LOCALE_NAMES, LOCALES, HTML_LANG, type Locale } from '@/lib/i18n/config'
import { choosePasswordSchemaFor, type choosePasswordSchema, MIN_PASSWORD_LENGTH } from '@/lib/passwords'
import { ErrorSummary } from './ErrorSummary'
import { LinkProblemAdvice, LinkProblemTitle } from './LinkProblem'

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
  /** The language the page is in: at activation the patient may choose another for the whole portal. */
  locale: Locale
}

type Problem = { kind: 'fields'; messages: { field: FieldName; message: string }[] } | { kind: 'message'; message: string } | null

/**
 * Choose a password from an invite or reset link. The browser checks the rules with the same zod
 * schema as the server; paste and password managers work (autocomplete="new-password").
 */
export function ChoosePasswordForm({ token, purpose, email, phone, locale }: Props) {
  const t = useTranslations('choosePassword')
  const tc = useTranslations('common')
  const schema = useMemo(() => choosePasswordSchemaFor(locale), [locale])
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
    resolver: zodResolver(schema),
    defaultValues: { password: '', confirmPassword: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })

  const labels: Record<FieldName, string> =
    purpose === 'activate'
      ? { password: t('activatePassword'), confirmPassword: t('activateConfirm') }
      : { password: t('resetPassword'), confirmPassword: t('resetConfirm') }

  /**
   * The page (and the rest of the portal) in the chosen language at once: a full load, so the root
   * layout's `lang` and messages change too; the proxy keeps the choice in a cookie.
   */
  function chooseLanguage(language: Locale) {
    const url = new URL(window.location.href)
    url.searchParams.set('lang', language)
    window.location.replace(url.toString())
  }

  function onInvalid(invalid: FieldErrors<FormInput>) {
    const messages = FIELD_ORDER.flatMap((field) => (invalid[field]?.message ? [{ field, message: String(invalid[field]?.message) }] : []))
    setProblem({ kind: 'fields', messages })
  }

  async function onValid(values: FormOutput) {
    setProblem(null)
    let result: Awaited<ReturnType<typeof choosePassword>>
    try {
      result = await choosePassword({
        token,
        purpose,
        password: values.password,
        confirmPassword: values.confirmPassword,
        ...(purpose === 'activate' ? { language: locale } : {}),
      })
    } catch {
      setProblem({ kind: 'message', message: t('couldNotSave') })
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
        <h2 className="notice__title">
          <LinkProblemTitle />
        </h2>
        <LinkProblemAdvice phone={phone} />
      </div>
    )
  }

  if (signInFailed) {
    return (
      <div className="notice notice--success" role="alert">
        <h2 className="notice__title">{t('savedTitle')}</h2>
        <p>{t('savedText')}</p>
        <p>
          <Link href="/portal/sign-in">{t('goToSignIn')}</Link>
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

      {purpose === 'activate' && (
        <fieldset className="field">
          <legend>{t('language')}</legend>
          {LOCALES.map((language) => (
            <div className="checkbox" key={language}>
              <input
                id={`language-${language}`}
                type="radio"
                name="language"
                value={language}
                checked={language === locale}
                onChange={() => chooseLanguage(language)}
              />
              <label htmlFor={`language-${language}`} lang={HTML_LANG[language]}>
                {LOCALE_NAMES[language]}
              </label>
            </div>
          ))}
        </fieldset>
      )}

      {email && (
        <div className="field">
          <label htmlFor="username">{t('email')}</label>
          <p className="field__hint" id="username-hint">
            {t('emailHint')}
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
          <p className="field__hint">{t('rulesIntro')}</p>
          <ul>
            <li>{t('ruleLength', { min: MIN_PASSWORD_LENGTH })}</li>
            <li>{t('ruleCommon')}</li>
          </ul>
          <p className="field__hint">{t('advice')}</p>
        </div>
        {errors.password && (
          <p className="field__error" id="password-error">
            <span className="visually-hidden">{tc('errorPrefix')}</span>
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
            <span className="visually-hidden">{tc('errorPrefix')}</span>
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
        <label htmlFor="show-passwords">{t('show')}</label>
      </div>

      <button className="button" type="submit" aria-disabled={isSubmitting || undefined}>
        {isSubmitting ? t('saving') : purpose === 'activate' ? t('activateSubmit') : t('resetSubmit')}
      </button>
    </form>
  )
}
