'use client'

import { useRef, useState, type FormEvent } from 'react'

import { post, signOut } from './api'
import { CodeField } from './CodeField'

type Props = { email: string; redirectTo: string }

/** A code from the authenticator app, or one recovery code, finishes the sign-in. */
const APP_CODE_FIELD = {
  id: 'code',
  kind: 'totp',
  label: '6-digit code',
  hint: 'Open your authenticator app and type the code it shows for Harbour Spine Clinic.',
} as const

const RECOVERY_CODE_FIELD = {
  id: 'recovery-code',
  kind: 'recovery',
  label: 'Recovery code',
  hint: 'One of the ten codes you saved when you set up the app, like 7kq2-mz9c-04rd. Each works once.',
} as const

export function SecondStepForm({ email, redirectTo }: Props) {
  const [useRecoveryCode, setUseRecoveryCode] = useState(false)
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const result = await post('verify', useRecoveryCode ? { recoveryCode: value } : { code: value })
    if (result.ok) {
      window.location.assign(redirectTo)
      return
    }
    setBusy(false)
    setError(result.message)
    input.current?.focus()
  }

  function switchMethod() {
    setUseRecoveryCode(!useRecoveryCode)
    setValue('')
    setError(null)
  }

  const field = useRecoveryCode ? RECOVERY_CODE_FIELD : APP_CODE_FIELD
  return (
    <div className="second-factor__panel">
      <h1>Enter your sign-in code</h1>
      <p>
        Signed in with the password for <strong>{email}</strong>. One more step: a code from your authenticator app.
      </p>
      <form onSubmit={submit} noValidate>
        <CodeField {...field} value={value} onChange={setValue} error={error} inputRef={input} />
        <div className="second-factor__actions">
          <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
            {busy ? 'Checking…' : 'Continue'}
          </button>
          <button type="button" className="second-factor__link" onClick={switchMethod}>
            {useRecoveryCode ? 'Use a code from the app instead' : 'Use a recovery code instead'}
          </button>
        </div>
      </form>
      <p className="second-factor__aside">
        Lost your phone and your recovery codes? Ask an admin to reset your second factor.{' '}
        <button type="button" className="second-factor__link" onClick={signOut}>
          Sign out
        </button>
      </p>
    </div>
  )
}
