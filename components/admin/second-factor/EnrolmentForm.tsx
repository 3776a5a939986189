'use client'

import { useRef, useState, type FormEvent } from 'react'

import { post, signOut } from './api'
import { CodeField } from './CodeField'

type Props = { email: string; qrCode: string; secret: string; redirectTo: string }

/** First sign-in: add the account to an authenticator app, confirm with its first code, save the recovery codes. */
export function EnrolmentForm({ email, qrCode, secret, redirectTo }: Props) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const result = await post('enrolment/confirm', { code })
    setBusy(false)
    if (result.ok && Array.isArray(result.data.recoveryCodes)) {
      setRecoveryCodes(result.data.recoveryCodes as string[])
      requestAnimationFrame(() => heading.current?.focus())
      return
    }
    setError(result.message)
    input.current?.focus()
  }

  if (recoveryCodes) {
    return (
      <div className="second-factor__panel">
        <h1 ref={heading} tabIndex={-1}>
          Save your recovery codes
        </h1>
        <p>
          Your authenticator app is set up. If you lose your phone, each of these codes signs you in once. They are shown
          only now: print them or keep them in your password manager.
        </p>
        <ol className="second-factor__codes" aria-label="Recovery codes">
          {recoveryCodes.map((recoveryCode) => (
            <li key={recoveryCode}>
              <code>{recoveryCode}</code>
            </li>
          ))}
        </ol>
        <a className="btn btn--style-primary btn--size-medium" href={redirectTo}>
          I have saved them, continue
        </a>
      </div>
    )
  }

  return (
    <div className="second-factor__panel">
      <h1>Set up your authenticator app</h1>
      <p>
        Staff sign in with a password and a code from an authenticator app (for example Google Authenticator, Microsoft
        Authenticator or 1Password). This is the first sign-in for <strong>{email}</strong>.
      </p>
      <ol className="second-factor__steps">
        <li>
          <p>Scan this QR code with the app:</p>
          {/* A data URL made on the server: no third party sees the secret. */}
          <img src={qrCode} width={220} height={220} alt={`QR code that adds ${email} at Harbour Spine Clinic to an authenticator app`} />
          <p>
            Or type this setup key into the app: <code id="totp-secret" className="second-factor__secret">{secret}</code>
          </p>
        </li>
        <li>
          <form onSubmit={submit} noValidate>
            <CodeField
              id="code"
              kind="totp"
              label="Enter the 6-digit code the app now shows"
              hint="This confirms the app is set up. A new code appears every 30 seconds."
              value={code}
              onChange={setCode}
              error={error}
              inputRef={input}
            />
            <div className="second-factor__actions">
              <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
                {busy ? 'Checking…' : 'Confirm'}
              </button>
            </div>
          </form>
        </li>
      </ol>
      <p className="second-factor__aside">
        Not you, or not now?{' '}
        <button type="button" className="second-factor__link" onClick={signOut}>
          Sign out
        </button>
      </p>
    </div>
  )
}
