'use client'

import { useActionState, useEffect, useRef } from 'react'

import { saveReminderSettings } from '@/app/(portal)/portal/actions'
import { reminderPreferencesSchema, type ReminderPreferences } from '@/lib/reminders'
import { PORTAL_ACTIVITY_EVENT } from './SessionTimeout'

type FieldName = keyof ReminderPreferences
type FormState = { values: ReminderPreferences; error: string | null; fieldErrors: Partial<Record<FieldName, string>>; saved: boolean }

const UNREACHABLE = 'We could not save this just now. Check your internet connection and try again.'

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
  const error = state.fieldErrors[name]
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={name}>{label}</label>
      <p className="field__hint" id={`${name}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="field__error" id={`${name}-error`}>
          <span className="visually-hidden">Error: </span>
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
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    async (previous, form) => {
      const values = { ...valuesOf(form), sms: smsAvailable && form.get('sms') === 'on' }
      const parsed = reminderPreferencesSchema.safeParse(values)
      const kept = { ...previous.values, ...values }
      if (!parsed.success) {
        const fieldErrors: FormState['fieldErrors'] = {}
        for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as FieldName] ??= issue.message
        return { values: kept, error: 'Check the answers marked below.', fieldErrors, saved: false }
      }
      try {
        const result = await saveReminderSettings(parsed.data)
        window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
        if (result.ok) return { values: parsed.data, error: null, fieldErrors: {}, saved: true }
        return { values: kept, error: result.message, fieldErrors: (result.fieldErrors ?? {}) as FormState['fieldErrors'], saved: false }
      } catch {
        return { values: kept, error: UNREACHABLE, fieldErrors: {}, saved: false }
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
            <p>Your reminder choices are saved.</p>
          </div>
        )}
      </div>

      <fieldset className="fieldset">
        <legend>
          <h2>How to remind you</h2>
        </legend>
        <p className="field__hint">Tick each way you agree to be reminded. You can change this at any time.</p>
        <div className="checkbox">
          <input id="email" name="email" type="checkbox" defaultChecked={state.values.email} />
          <label htmlFor="email">By email</label>
        </div>
        {smsAvailable && (
          <div className="checkbox">
            <input id="sms" name="sms" type="checkbox" defaultChecked={state.values.sms} />
            <label htmlFor="sms">By text message (SMS)</label>
          </div>
        )}
      </fieldset>

      {smsAvailable && (
        <div className={`field${mobileError ? ' field--error' : ''}`}>
          <label htmlFor="mobile">Mobile number for text messages</label>
          <p className="field__hint" id="mobile-hint">
            For example 07700 900123, or with the country code, +44 7700 900123.
          </p>
          {mobileError && (
            <p className="field__error" id="mobile-error">
              <span className="visually-hidden">Error: </span>
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
          <h2>Quiet hours</h2>
        </legend>
        <p className="field__hint">
          No reminder comes between these times. A question that falls due while you sleep waits for the end of your quiet hours, and
          one reminder then tells you which are waiting. Use the 24-hour clock. The same time in both boxes means no quiet hours: reminders at any hour.
        </p>
        <TimeField name="quietHoursStart" label="Quiet from" hint="For example 22:00." state={state} />
        <TimeField name="quietHoursEnd" label="Quiet until" hint="For example 07:00." state={state} />
      </fieldset>
      <TimeField
        name="wakeTime"
        label="When you usually wake up"
        hint="The next-morning question is reminded at this time, or when it is due, whichever is later."
        state={state}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : 'Save reminder choices'}
      </button>
    </form>
  )
}
