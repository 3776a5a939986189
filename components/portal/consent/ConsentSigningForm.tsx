'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useForm, type FieldErrors } from 'react-hook-form'
import type { z } from 'zod'

import { consentSignatureMeaning } from '@/lib/consent'
import type { Locale } from '@/lib/i18n/config'
import { formatDateTime, type ClinicFormats } from '@/lib/dates'
import { CONSENT_PROBLEMS, signingSubmissionSchema } from '@/lib/consent'
import { problemIn } from '@/lib/i18n/problems'
import { ErrorSummary, type SummaryProblem } from '../ErrorSummary'
import { PORTAL_ACTIVITY_EVENT } from '../SessionTimeout'
import { SignatureDrawing } from './SignatureDrawing'

type Schema = ReturnType<typeof signingSubmissionSchema>
type FormInput = z.input<Schema>
type FormOutput = z.output<Schema>

type Props = {
  appointmentId: number
  document: { id: number; version: number; title: string; versionLine: string }
  /** The exact text shown on the page and signed, and its SHA-256 (computed on the server). */
  snapshotText: string
  textSha256: string
  acknowledgements: string[]
  nameOnRecord: string
  /** The language of the text shown: the patient signs in it, and the server checks it has that text. */
  locale: Locale
  /** The clinic's time zone and date wording (site settings). */
  formats: ClinicFormats
}

type ServerReply = { message?: string; fieldErrors?: Record<string, string>; reload?: boolean }

const ANSWER_FIELDS = ['acknowledgements', 'typedName', 'drawing'] as const

const SUMMARY_TARGET = 'consent-form-top'

/** A problem as the patient reads it: the schema's and the server's English, in the page's language. */
type Say = (message: string) => string

/** The statements' one message: on the array itself, or on the first unticked item. */
function acknowledgementsMessage(errors: FieldErrors<FormInput>, say: Say): string | null {
  if (!errors.acknowledgements) return null
  const message = errors.acknowledgements.message ?? (errors.acknowledgements as unknown as { message?: string }[]).find((error) => error?.message)?.message
  return say(message ?? CONSENT_PROBLEMS.tickEvery)
}

function problemsOf(errors: FieldErrors<FormInput>, acknowledgementTicks: boolean[], say: Say): SummaryProblem[] {
  const problems: SummaryProblem[] = []
  const statements = acknowledgementsMessage(errors, say)
  if (statements) {
    const firstUnticked = Math.max(0, acknowledgementTicks.findIndex((ticked) => !ticked))
    problems.push({ target: `acknowledgement-${firstUnticked}`, message: statements })
  }
  if (errors.typedName?.message) problems.push({ target: 'typedName', message: say(errors.typedName.message) })
  if (errors.drawing?.message) problems.push({ target: 'signature-heading', message: say(errors.drawing.message) })
  if (errors.certified?.message) problems.push({ target: 'certified', message: say(errors.certified.message) })
  for (const field of ['appointmentId', 'documentId', 'documentVersion', 'textSha256'] as const) {
    if (errors[field]?.message) problems.push({ target: SUMMARY_TARGET, message: say(errors[field].message) })
  }
  return problems
}

/**
 * The signing form: tick every statement, type the full name (the signature that works with a
 * keyboard and a screen reader), optionally draw, then check everything on the certification step
 * and sign. The browser validates with the same schema the server applies again.
 */
export function ConsentSigningForm({ appointmentId, document, snapshotText, textSha256, acknowledgements, nameOnRecord, locale, formats }: Props) {
  const router = useRouter()
  const pathname = usePathname()
  const t = useTranslations('consent')
  const tPortal = useTranslations('portal')
  const tCommon = useTranslations('common')
  const tProblems = useTranslations('problems')
  const say: Say = (text) => problemIn(text, (key) => tProblems(key))
  const connectionProblem = t('connection')
  const schema = useMemo(() => signingSubmissionSchema(nameOnRecord), [nameOnRecord])
  const {
    register,
    handleSubmit,
    trigger,
    setValue,
    setError,
    setFocus,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(schema),
    defaultValues: {
      appointmentId,
      documentId: document.id,
      documentVersion: document.version,
      textSha256,
      acknowledgements: acknowledgements.map(() => false) as unknown as true[],
      typedName: '',
      drawing: null,
      certified: false as unknown as true,
      locale,
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const [step, setStep] = useState<'answer' | 'certify'>('answer')
  const [attempt, setAttempt] = useState(0)
  const [message, setMessage] = useState<{ text: string; reload?: boolean; signIn?: boolean } | null>(null)
  const [certifiedAt, setCertifiedAt] = useState<Date | null>(null)
  // Until React takes over the inputs, a tick would be reset by the form library: wait for it.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const summaryRef = useRef<HTMLDivElement>(null)
  const certifyHeadingRef = useRef<HTMLHeadingElement>(null)

  const ticks = (watch('acknowledgements') ?? []) as unknown as boolean[]
  const typedName = watch('typedName')
  const drawing = watch('drawing')
  const problems = attempt > 0 ? problemsOf(errors, ticks, say) : []

  // After a failed attempt, focus goes to the first problem's control, whose message sits right beside it,
  // and that spot is scrolled to the middle of the screen: on a phone the summary above the form can be
  // a screen or more away from the box that is still unticked. Without a field problem, the summary.
  const firstTarget = problems[0]?.target
  useEffect(() => {
    if (attempt === 0) return
    const control = firstTarget && firstTarget !== SUMMARY_TARGET ? window.document.getElementById(firstTarget) : null
    if (!control) {
      summaryRef.current?.focus()
      return
    }
    control.focus({ preventScroll: true })
    control.scrollIntoView({ block: 'center' })
  }, [attempt])
  const returningRef = useRef(false)
  useEffect(() => {
    if (step === 'certify') certifyHeadingRef.current?.focus()
    // Back from the certification step: the button that was pressed is hidden now.
    if (step === 'answer' && returningRef.current) setFocus('typedName')
    returningRef.current = false
  }, [step, setFocus])

  const onDrawingChange = useCallback(
    (value: string | null) => setValue('drawing', value, { shouldValidate: attempt > 0, shouldDirty: true }),
    [setValue, attempt],
  )

  async function continueToCertify() {
    setMessage(null)
    if (await trigger([...ANSWER_FIELDS])) {
      setAttempt(0)
      setCertifiedAt(new Date())
      setStep('certify')
    } else {
      setAttempt((count) => count + 1)
    }
  }

  function backToAnswers() {
    returningRef.current = true
    setStep('answer')
    setAttempt(0)
    setMessage(null)
  }

  function showServerProblem(status: number, reply: ServerReply) {
    const fieldErrors = Object.entries(reply.fieldErrors ?? {})
    for (const [field, text] of fieldErrors) setError(field as keyof FormInput, { type: 'server', message: text })
    if (fieldErrors.some(([field]) => (ANSWER_FIELDS as readonly string[]).includes(field))) setStep('answer')
    setMessage({ text: reply.message ?? connectionProblem, reload: reply.reload, signIn: status === 401 })
    setAttempt((count) => count + 1)
  }

  async function sign(values: FormOutput) {
    setMessage(null)
    let response: Response
    try {
      response = await fetch('/api/consents/sign', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(values),
      })
    } catch {
      showServerProblem(0, { message: connectionProblem })
      return
    }
    window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
    const reply = (await response.json().catch(() => ({}))) as ServerReply
    if (response.ok) {
      router.replace(`${pathname}?signed=1`, { scroll: true })
      return
    }
    showServerProblem(response.status, response.status >= 500 ? { message: connectionProblem } : reply)
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (isSubmitting) return
    if (step === 'answer') {
      void continueToCertify()
      return
    }
    void handleSubmit(sign, () => setAttempt((count) => count + 1))(event)
  }

  const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined
  const statementsError = acknowledgementsMessage(errors, say)

  return (
    <form className="consent-form" method="post" noValidate onSubmit={submit} aria-labelledby="consent-form-heading">
      <h2 id="consent-form-heading" className="visually-hidden">
        {t('formHeading')}
      </h2>
      <ErrorSummary
        id={SUMMARY_TARGET}
        summaryRef={summaryRef}
        problems={problems}
        message={
          message && (
            <>
              {message.text}
              {message.reload && (
                <>
                  {' '}
                  <a href={pathname}>{t('reload')}</a>
                </>
              )}
              {message.signIn && (
                <>
                  {' '}
                  <Link href="/portal/sign-in">{tPortal('signInAgain')}</Link>
                </>
              )}
            </>
          )
        }
      />

      <fieldset className="consent-form__step" hidden={step !== 'answer'} disabled={!hydrated}>
        <fieldset
          className={`field consent-statements${statementsError ? ' field--error' : ''}`}
          aria-describedby={describedBy('statements-hint', statementsError && 'acknowledgements-error')}
        >
          <legend>
            <h2 className="consent-form__heading">{t('statementsHeading')}</h2>
          </legend>
          <p className="field__hint" id="statements-hint">
            {t('statementsHint')}
          </p>
          {statementsError && (
            <p className="field__error" id="acknowledgements-error">
              <span className="visually-hidden">{tCommon('errorPrefix')}</span>
              {statementsError}
            </p>
          )}
          {acknowledgements.map((statement, index) => (
            <div className="checkbox" key={index}>
              <input
                id={`acknowledgement-${index}`}
                type="checkbox"
                aria-invalid={statementsError && !ticks[index] ? true : undefined}
                aria-describedby={statementsError && !ticks[index] ? 'acknowledgements-error' : undefined}
                {...register(`acknowledgements.${index}` as const)}
              />
              <label htmlFor={`acknowledgement-${index}`}>{statement}</label>
            </div>
          ))}
        </fieldset>

        <h2 className="consent-form__heading">{t('nameHeading')}</h2>
        <div className={`field${errors.typedName ? ' field--error' : ''}`}>
          <label htmlFor="typedName">{t('nameLabel')}</label>
          <p className="field__hint" id="typedName-hint">
            {t.rich('nameHint', { name: nameOnRecord, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          {errors.typedName && (
            <p className="field__error" id="typedName-error">
              <span className="visually-hidden">{tCommon('errorPrefix')}</span>
              {say(errors.typedName.message ?? '')}
            </p>
          )}
          <input
            className="input"
            id="typedName"
            type="text"
            autoComplete="name"
            spellCheck={false}
            aria-invalid={errors.typedName ? true : undefined}
            aria-describedby={describedBy('typedName-hint', errors.typedName && 'typedName-error')}
            {...register('typedName')}
          />
        </div>

        <section className={`field${errors.drawing ? ' field--error' : ''}`} aria-labelledby="signature-heading">
          <h3 id="signature-heading" className="field__label" tabIndex={-1}>
            {t('drawHeading')}
          </h3>
          <p className="field__hint" id="signature-hint">
            {t('drawHint')}
          </p>
          {errors.drawing && (
            <p className="field__error" id="drawing-error">
              <span className="visually-hidden">{tCommon('errorPrefix')}</span>
              {say(errors.drawing.message ?? '')}
            </p>
          )}
          <SignatureDrawing onChange={onDrawingChange} hintId="signature-hint" errorId={errors.drawing ? 'drawing-error' : undefined} />
        </section>

        <button type="submit" className="button">
          {t('continue')}
        </button>
      </fieldset>

      <section hidden={step !== 'certify'} aria-labelledby="certify-heading" className="certification">
        <h2 id="certify-heading" ref={certifyHeadingRef} tabIndex={-1}>
          {t('certifyHeading')}
        </h2>
        <p>{t('certifyIntro')}</p>
        <dl className="certification__facts">
          <dt>{t('factDocument')}</dt>
          <dd>
            {document.title}, {document.versionLine.toLowerCase()}
          </dd>
          <dt>{t('factTyped')}</dt>
          <dd>{typedName}</dd>
          <dt>{t('factDrawn')}</dt>
          <dd>{drawing ? <img className="certification__drawing" src={drawing} alt={t('drawnAlt')} /> : t('noDrawing')}</dd>
          <dt>{t('factWhen')}</dt>
          <dd>{certifiedAt ? t('whenNote', { when: formatDateTime(certifiedAt, formats, locale) }) : ''}</dd>
        </dl>
        <h3>{t('statementsConfirmed')}</h3>
        <ol>
          {acknowledgements.map((statement, index) => (
            <li key={index}>{statement}</li>
          ))}
        </ol>
        <details className="certification__text">
          <summary>{t('showText')}</summary>
          <pre>{snapshotText}</pre>
        </details>
        <h3>{t('meaningHeading')}</h3>
        <p>{consentSignatureMeaning(locale)}</p>
        <p>{t('keptNote')}</p>
        <div className={`field${errors.certified ? ' field--error' : ''}`}>
          {errors.certified && (
            <p className="field__error" id="certified-error">
              <span className="visually-hidden">{tCommon('errorPrefix')}</span>
              {say(errors.certified.message ?? '')}
            </p>
          )}
          <div className="checkbox">
            <input
              id="certified"
              type="checkbox"
              aria-invalid={errors.certified ? true : undefined}
              aria-describedby={errors.certified ? 'certified-error' : undefined}
              {...register('certified')}
            />
            <label htmlFor="certified">{t('certifyLabel')}</label>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={isSubmitting || undefined}>
            {isSubmitting ? t('signing') : t('sign')}
          </button>
          <button type="button" className="button button--secondary" onClick={backToAnswers}>
            {t('goBack')}
          </button>
        </div>
      </section>
    </form>
  )
}
