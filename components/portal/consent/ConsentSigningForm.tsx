'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useForm, type FieldErrors } from 'react-hook-form'
import type { z } from 'zod'

import { consentSignatureMeaning } from '@/lib/consent'
import type { Locale } from '@/lib/i18n/config'
import { formatDateTime, type ClinicFormats } from '@/lib/dates'
import { signingSubmissionSchema } from '@/lib/consent'
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
const CONNECTION_PROBLEM = 'We could not reach the clinic just now, so nothing was signed. Check your internet connection and try again: your answers are still here.'

const SUMMARY_TARGET = 'consent-form-top'

/** The statements' one message: on the array itself, or on the first unticked item. */
function acknowledgementsMessage(errors: FieldErrors<FormInput>): string | null {
  if (!errors.acknowledgements) return null
  const message = errors.acknowledgements.message ?? (errors.acknowledgements as unknown as { message?: string }[]).find((error) => error?.message)?.message
  return message ?? 'Tick every statement to confirm you have read it.'
}

function problemsOf(errors: FieldErrors<FormInput>, acknowledgementTicks: boolean[]): SummaryProblem[] {
  const problems: SummaryProblem[] = []
  const statements = acknowledgementsMessage(errors)
  if (statements) {
    const firstUnticked = Math.max(0, acknowledgementTicks.findIndex((ticked) => !ticked))
    problems.push({ target: `acknowledgement-${firstUnticked}`, message: statements })
  }
  if (errors.typedName?.message) problems.push({ target: 'typedName', message: errors.typedName.message })
  if (errors.drawing?.message) problems.push({ target: 'signature-heading', message: errors.drawing.message })
  if (errors.certified?.message) problems.push({ target: 'certified', message: errors.certified.message })
  for (const field of ['appointmentId', 'documentId', 'documentVersion', 'textSha256'] as const) {
    if (errors[field]?.message) problems.push({ target: SUMMARY_TARGET, message: errors[field].message })
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
  const problems = attempt > 0 ? problemsOf(errors, ticks) : []

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
    setMessage({ text: reply.message ?? CONNECTION_PROBLEM, reload: reply.reload, signIn: status === 401 })
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
      showServerProblem(0, { message: CONNECTION_PROBLEM })
      return
    }
    window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
    const reply = (await response.json().catch(() => ({}))) as ServerReply
    if (response.ok) {
      router.replace(`${pathname}?signed=1`, { scroll: true })
      return
    }
    showServerProblem(response.status, response.status >= 500 ? { message: CONNECTION_PROBLEM } : reply)
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
  const statementsError = acknowledgementsMessage(errors)

  return (
    <form className="consent-form" method="post" noValidate onSubmit={submit} aria-labelledby="consent-form-heading">
      <h2 id="consent-form-heading" className="visually-hidden">
        Sign the consent form
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
                  <a href={pathname}>Reload the page</a>
                </>
              )}
              {message.signIn && (
                <>
                  {' '}
                  <Link href="/portal/sign-in">Sign in again</Link>
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
            <h2 className="consent-form__heading">Confirm each statement</h2>
          </legend>
          <p className="field__hint" id="statements-hint">
            Tick each statement to show you have read and understood it.
          </p>
          {statementsError && (
            <p className="field__error" id="acknowledgements-error">
              <span className="visually-hidden">Error: </span>
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

        <h2 className="consent-form__heading">Sign with your full name</h2>
        <div className={`field${errors.typedName ? ' field--error' : ''}`}>
          <label htmlFor="typedName">Type your full name</label>
          <p className="field__hint" id="typedName-hint">
            Typing your name is your signature. Type it as the clinic has it: <strong>{nameOnRecord}</strong>. Capital letters and extra
            spaces do not matter.
          </p>
          {errors.typedName && (
            <p className="field__error" id="typedName-error">
              <span className="visually-hidden">Error: </span>
              {errors.typedName.message}
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
            Draw your signature (optional)
          </h3>
          <p className="field__hint" id="signature-hint">
            If you like, also draw your signature in the box with a mouse, finger or stylus. You do not need to: your typed name is your
            signature.
          </p>
          {errors.drawing && (
            <p className="field__error" id="drawing-error">
              <span className="visually-hidden">Error: </span>
              {errors.drawing.message}
            </p>
          )}
          <SignatureDrawing onChange={onDrawingChange} hintId="signature-hint" errorId={errors.drawing ? 'drawing-error' : undefined} />
        </section>

        <button type="submit" className="button">
          Continue to check and sign
        </button>
      </fieldset>

      <section hidden={step !== 'certify'} aria-labelledby="certify-heading" className="certification">
        <h2 id="certify-heading" ref={certifyHeadingRef} tabIndex={-1}>
          Check and sign
        </h2>
        <p>This is exactly what you are about to sign. If anything is wrong, go back and change it.</p>
        <dl className="certification__facts">
          <dt>Consent form</dt>
          <dd>
            {document.title}, {document.versionLine.toLowerCase()}
          </dd>
          <dt>Your signature (typed name)</dt>
          <dd>{typedName}</dd>
          <dt>Drawn signature</dt>
          <dd>{drawing ? <img className="certification__drawing" src={drawing} alt="Your drawn signature" /> : 'None. Your typed name is your signature.'}</dd>
          <dt>Date and time</dt>
          <dd>{certifiedAt ? `${formatDateTime(certifiedAt, formats)} (the clinic records the exact time when you sign)` : ''}</dd>
        </dl>
        <h3>The statements you confirmed</h3>
        <ol>
          {acknowledgements.map((statement, index) => (
            <li key={index}>{statement}</li>
          ))}
        </ol>
        <details className="certification__text">
          <summary>Show the full text you are signing</summary>
          <pre>{snapshotText}</pre>
        </details>
        <h3>What your signature means</h3>
        <p>{consentSignatureMeaning(locale)}</p>
        <p>Once you sign, the clinic keeps this exact text with your signature. The signed copy cannot be changed, and you can download it.</p>
        <div className={`field${errors.certified ? ' field--error' : ''}`}>
          {errors.certified && (
            <p className="field__error" id="certified-error">
              <span className="visually-hidden">Error: </span>
              {errors.certified.message}
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
            <label htmlFor="certified">I have checked these details, and I understand what my signature means</label>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={isSubmitting || undefined}>
            {isSubmitting ? 'Signing…' : 'Sign the consent form'}
          </button>
          <button type="button" className="button button--secondary" onClick={backToAnswers}>
            Go back and change something
          </button>
        </div>
      </section>
    </form>
  )
}
