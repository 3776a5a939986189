'use client'

import type { Ref } from 'react'

type Props = {
  id: string
  label: string
  hint: string
  value: string
  onChange: (value: string) => void
  error: string | null
  kind: 'totp' | 'recovery'
  inputRef?: Ref<HTMLInputElement>
}

/** One labelled code input; its hint and error are read out with it. */
export function CodeField({ id, label, hint, value, onChange, error, kind, inputRef }: Props) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className="second-factor__field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="second-factor__hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="second-factor__error" role="alert">
          <strong>Error:</strong> {error}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={kind === 'totp' ? 'one-time-code' : 'off'}
        inputMode={kind === 'totp' ? 'numeric' : 'text'}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required
      />
    </div>
  )
}
