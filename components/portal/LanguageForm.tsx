'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useState, type FormEvent } from 'react'

import { HTML_LANG, LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/config'
import { ErrorSummary } from './ErrorSummary'
import { PORTAL_ACTIVITY_EVENT } from './SessionTimeout'

type Outcome = { kind: 'saved'; message: string } | { kind: 'refused'; message: string } | null

/**
 * One choice, saved on the patient's record (POST /api/patients/language); the page then renders
 * again in the language chosen, and says so in it.
 */
export function LanguageForm({ language }: { language: Locale }) {
  const t = useTranslations('language')
  const tErrors = useTranslations('errors')
  const router = useRouter()
  const [chosen, setChosen] = useState<Locale>(language)
  const [saving, setSaving] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (saving) return
    setSaving(true)
    setOutcome(null)
    try {
      const response = await fetch('/api/patients/language', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ language: chosen }),
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string }
      window.dispatchEvent(new Event(PORTAL_ACTIVITY_EVENT))
      if (!response.ok) {
        setOutcome({ kind: 'refused', message: body.message ?? tErrors('offline') })
        return
      }
      setOutcome({ kind: 'saved', message: body.message ?? t('saved') })
      router.refresh()
    } catch {
      setOutcome({ kind: 'refused', message: tErrors('offline') })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="form" onSubmit={save} noValidate>
      <ErrorSummary message={outcome?.kind === 'refused' ? outcome.message : undefined} />
      <div role="status">{outcome?.kind === 'saved' && <p className="notice notice--success">{outcome.message}</p>}</div>
      <fieldset className="field">
        <legend>{t('legend')}</legend>
        {LOCALES.map((locale) => (
          <div className="checkbox" key={locale}>
            <input
              id={`language-${locale}`}
              type="radio"
              name="language"
              value={locale}
              checked={chosen === locale}
              onChange={() => setChosen(locale)}
            />
            <label htmlFor={`language-${locale}`} lang={HTML_LANG[locale]}>
              {LOCALE_NAMES[locale]}
            </label>
          </div>
        ))}
      </fieldset>
      <button className="button" type="submit" aria-disabled={saving || undefined}>
        {saving ? t('saving') : t('save')}
      </button>
    </form>
  )
}
