'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useEffect, useRef } from 'react'

import { saveReminderSettings } from '@/app/(portal)/portal/actions'
import { problemIn } from '@/lib/i18n/problems'
import { reminderPreferencesSchema, type ReminderPreferences } from '@/lib/reminders'
import { REMINDER_PROBLEMS } from '@/lib/reminders/problems'
import { PORTAL_ACTIVITY_EVENT } from './SessionTimeout'

type FieldName = keyof ReminderPreferences
type FormState = { values: ReminderPreferences; error: string | null; fieldErrors: Partial<Record<FieldName, string>>; saved: boolean }


function valuesOf(form: FormData) {
  return {
    email: form.get('email') === 'on',
    sms: form.get('sms') === 'on',
    mobile: String(form.get('mobile') ?? ''),
    quietHoursStart: String(form.get('quietHoursStart') ?? ''),
    quietHoursEnd: String(form.get('quietHoursEnd') ?? ''),
    wakeTime: String(form.get('wakeTime') ?? ''),
  }
}

function TimeField({ name, label, hint, state }: { name: FieldName; label: string; hint: string; state: FormState }) {
  const tCommon = useTranslations('common')
  const error = state.fieldErrors[name]
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={name}>{label}</label>
      <p className="field__hint" id={`${name}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="field__error" id={`${name}-error`}>
          <span className="visually-hidden">{tCommon('errorPrefix')}</span>
          {error}
        </p>
      )}
      <input
        className="input input--time"
        id={name}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={String(state.values[name])}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${name}-hint`, error ? `${name}-error` : null].filter(Boolean).join(' ')}
      />
    </div>
  )
}

/**
 * The patient's reminder choice: email and text messages (each a consent), the mobile number, the
 * quiet hours and the wake time. Checked with the same schema as the server before it is sent.
 */
export function ReminderPreferencesForm({ initial, smsAvailable }: { initial: ReminderPreferences; smsAvailable: boolean }) {
  const t = useTranslations('reminders')
  const tCommon = useTranslations('common')
  const tProblems = useTranslations('problems')
  const say = (message: string) => problemIn(message, (key) => tProblems(key))
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    async (previous, form) => {
      const values = { ...valuesOf(form), sms: smsAvailable && form.get('sms') === 'on' }
      const parsed = reminderPreferencesSchema.safeParse(values)
      const kept = { ...previous.values, ...values }
      if (!parsed.success) {
        const fieldErrors: FormState['fieldErrors'] = {}
        for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as FieldName] ??= say(issue.message)
        return { values: kept, error: say(REMINDER_PROBLEMS.checkMarked), fieldErrors, saved: false }
      }
      try {
        const result = await saveReminderSettings(parsed.data)
        window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
        if (result.ok) return { values: parsed.data, error: null, fieldErrors: {}, saved: true }
        return { values: kept, error: result.message, fieldErrors: (result.fieldErrors ?? {}) as FormState['fieldErrors'], saved: false }
      } catch {
        return { values: kept, error: t('unreachable'), fieldErrors: {}, saved: false }
      }
    },
    { values: initial, error: null, fieldErrors: {}, saved: false },
  )
  const statusRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.saved || state.error) statusRef.current?.focus()
  }, [state])
  const mobileError = state.fieldErrors.mobile

  return (
    <form action={formAction} className="form" noValidate>
      <div ref={statusRef} tabIndex={-1} role={state.error ? 'alert' : 'status'} aria-atomic="true">
        {state.error && (
          <div className="notice notice--error">
            <p>{state.error}</p>
          </div>
        )}
        {state.saved && (
          <div className="notice notice--success">
            <p>{t('saved')}</p>
          </div>
        )}
      </div>

      <fieldset className="fieldset">
        <legend>
          <h2>{t('howHeading')}</h2>
        </legend>
        <p className="field__hint">{t('howHint')}</p>
        <div className="checkbox">
          <input id="email" name="email" type="checkbox" defaultChecked={state.values.email} />
          <label htmlFor="email">{t('byEmail')}</label>
        </div>
        {smsAvailable && (
          <div className="checkbox">
            <input id="sms" name="sms" type="checkbox" defaultChecked={state.values.sms} />
            <label htmlFor="sms">{t('bySms')}</label>
          </div>
        )}
      </fieldset>

      {smsAvailable && (
        <div className={`field${mobileError ? ' field--error' : ''}`}>
          <label htmlFor="mobile">{t('mobile')}</label>
          <p className="field__hint" id="mobile-hint">
            {t('mobileHint')}
          </p>
          {mobileError && (
            <p className="field__error" id="mobile-error">
              <span className="visually-hidden">{tCommon('errorPrefix')}</span>
              {mobileError}
            </p>
          )}
          <input
            className="input"
            id="mobile"
            name="mobile"
            type="tel"
            autoComplete="tel"
            defaultValue={state.values.mobile}
            aria-invalid={mobileError ? true : undefined}
            aria-describedby={['mobile-hint', mobileError ? 'mobile-error' : null].filter(Boolean).join(' ')}
          />
        </div>
      )}

      <fieldset className="fieldset">
        <legend>
          <h2>{t('quietHeading')}</h2>
        </legend>
        <p className="field__hint">{t('quietHint')}</p>
        <TimeField name="quietHoursStart" label={t('quietFrom')} hint={t('quietFromHint')} state={state} />
        <TimeField name="quietHoursEnd" label={t('quietUntil')} hint={t('quietUntilHint')} state={state} />
      </fieldset>
      <TimeField name="wakeTime" label={t('wake')} hint={t('wakeHint')} state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  )
}
