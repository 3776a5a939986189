import { createTranslator, IntlErrorCode, type IntlError } from 'next-intl'
import { describe, expect, it } from 'vitest'

import { formatDate, formatDateTime, formatDayLabel, formatDueLabel } from '@/lib/dates'
import { LOCALES, localeFromAcceptLanguage, toLocale } from '@/lib/i18n/config'
import { CATALOGUES } from '@/lib/i18n/messages'
import { translatorFor } from '@/lib/i18n/translate'
import { phrasedDueLabel } from '@/lib/instructions'
import { OUTCOME_FOR_PATIENT } from '@/lib/clinical'
import { CONSENT_PROBLEMS, NAME_MISMATCH } from '@/lib/consent'
import { DIARY_PROBLEMS } from '@/lib/diary/problems'
import { PROBLEMS, problemIn, problemKeyOf } from '@/lib/i18n/problems'
import { answerIn } from '@/payload/i18n/problems'

type Tree = { [key: string]: string | Tree }

/** Every message as [dotted key, text]. */
function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  )
}

const keysOf = (tree: Tree) => flatten(tree).map(([key]) => key).sort()

describe('the message catalogues', () => {
  const english = keysOf(CATALOGUES.en as Tree)

  it.each(LOCALES)('%s has exactly the English keys: a missing translation fails here, never reaches a patient', (locale) => {
    const keys = keysOf(CATALOGUES[locale] as Tree)
    expect(english.filter((key) => !keys.includes(key)), 'missing').toEqual([])
    expect(keys.filter((key) => !english.includes(key)), 'not in English').toEqual([])
  })

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = flatten(CATALOGUES[locale] as Tree).filter(([, text]) => text.trim() === '')
    expect(empty.map(([key]) => key)).toEqual([])
  })

  it.each(LOCALES)('every %s message is valid ICU syntax', (locale) => {
    const invalid: string[] = []
    const t = createTranslator({
      locale,
      messages: CATALOGUES[locale],
      onError: (error: IntlError) => {
        if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message)
      },
    })
    for (const [key] of flatten(CATALOGUES[locale] as Tree)) {
      // Values and tags left out on purpose: only a message that does not parse is reported here.
      ;(t as unknown as { raw: (key: string) => unknown; markup: (key: string, values: object) => string }).markup(key, {})
    }
    expect(invalid).toEqual([])
  })
})

describe('plurals and ordinals from the locale', () => {
  it('names the block in each language', () => {
    expect(translatorFor('en')('appointments.block', { number: 1 })).toBe('1st block')
    expect(translatorFor('en')('appointments.block', { number: 2 })).toBe('2nd block')
    expect(translatorFor('en')('appointments.block', { number: 13 })).toBe('13th block')
    expect(translatorFor('es')('appointments.block', { number: 2 })).toBe('2.º bloqueo')
  })

  it('agrees the diary count in Spanish', () => {
    expect(translatorFor('es')('todos.diaryInProgress', { answered: 1, total: 1 })).toBe('En curso (1 de 1 respondida)')
    expect(translatorFor('es')('todos.diaryInProgress', { answered: 2, total: 5 })).toBe('En curso (2 de 5 respondidas)')
  })
})

describe('dates per locale and time zone', () => {
  const LONDON = { timeZone: 'Europe/London', region: 'GB' } as const
  const NEW_YORK = { timeZone: 'America/New_York', region: 'US' } as const
  // 09:30 UTC on the Sunday the UK clocks go back, and the Sunday US clocks go back a week later.
  const ukChange = new Date('2026-10-25T09:30:00Z')
  const usChange = new Date('2026-11-01T14:30:00Z')

  it('writes the same moment in English and in Spanish', () => {
    expect(formatDateTime(ukChange, LONDON, 'en')).toBe('Sunday 25 October 2026 at 09:30')
    expect(formatDateTime(ukChange, LONDON, 'es')).toBe('domingo, 25 de octubre de 2026 a las 09:30')
    expect(formatDate(ukChange, LONDON, 'es')).toBe('domingo, 25 de octubre de 2026')
    expect(formatDayLabel(ukChange, LONDON, 'es')).toBe('domingo, 25 de octubre')
    expect(formatDueLabel(ukChange, LONDON, 'es')).toBe('domingo, 25 de octubre, antes de las 09:30')
  })

  it('takes the wall-clock time across a DST change in the time zone given', () => {
    // Before and after the US change: 10:30 EDT, then 09:30 EST for 14:30 UTC.
    expect(formatDateTime(new Date('2026-10-31T14:30:00Z'), NEW_YORK, 'es')).toBe('sábado, 31 de octubre de 2026 a las 10:30 a.m.')
    expect(formatDateTime(usChange, NEW_YORK, 'es')).toBe('domingo, 1 de noviembre de 2026 a las 9:30 a.m.')
    expect(formatDateTime(usChange, NEW_YORK, 'en')).toBe('Sunday, November 1, 2026 at 9:30 AM')
  })

  it('phrases a checklist step in Spanish, day first', () => {
    expect(phrasedDueLabel('by', ukChange, LONDON, 'es')).toBe('Domingo, 25 de octubre, antes de las 09:30')
    expect(phrasedDueLabel('on-the-day', ukChange, LONDON, 'es')).toBe('Domingo, 25 de octubre')
    expect(phrasedDueLabel('by', ukChange, LONDON, 'en')).toBe('By 09:30 on Sunday 25 October')
  })
})

describe('choosing the language', () => {
  it('follows the browser’s order of preference', () => {
    expect(localeFromAcceptLanguage('es-MX,es;q=0.9,en;q=0.8')).toBe('es')
    expect(localeFromAcceptLanguage('fr-FR,en;q=0.5,es;q=0.7')).toBe('es')
    expect(localeFromAcceptLanguage('fr,de')).toBeNull()
    expect(localeFromAcceptLanguage('es;q=0,en')).toBe('en')
    expect(localeFromAcceptLanguage(undefined)).toBeNull()
  })

  it('reads a stored value as a language we have, else English', () => {
    expect(toLocale('es')).toBe('es')
    expect(toLocale('cy')).toBe('en')
    expect(toLocale(null)).toBe('en')
  })
})

describe('problems written in English in schemas and endpoints', () => {
  it('have catalogue messages whose English is exactly the words the code writes, so none drifts untranslated', () => {
    expect(CATALOGUES.en.problems).toEqual(PROBLEMS)
  })

  it('reach the patient in their language when known, and as written when not', () => {
    const t = translatorFor('es')
    const inSpanish = (message: string) => problemIn(message, (key) => t(`problems.${key}`))
    expect(inSpanish(NAME_MISMATCH)).toBe(CATALOGUES.es.problems.consent.nameMismatch)
    expect(inSpanish(DIARY_PROBLEMS.relief)).toBe('El alivio debe ser un porcentaje entero del 0 al 100.')
    expect(inSpanish('Something nobody listed.')).toBe('Something nobody listed.')
    expect(problemKeyOf(CONSENT_PROBLEMS.tickEvery)).toBe('consent.tickEvery')
  })

  it('an endpoint answers a Spanish-speaking caller in Spanish and leaves English and other answers alone', async () => {
    const refusal = () => Response.json({ message: CONSENT_PROBLEMS.typeName, fieldErrors: { typedName: CONSENT_PROBLEMS.typeName } }, { status: 400 })
    const spanish = await (await answerIn(refusal(), 'es')).json()
    expect(spanish).toEqual({ message: 'Escriba su nombre completo para firmar.', fieldErrors: { typedName: 'Escriba su nombre completo para firmar.' } })
    expect(await (await answerIn(refusal(), 'en')).json()).toEqual({ message: CONSENT_PROBLEMS.typeName, fieldErrors: { typedName: CONSENT_PROBLEMS.typeName } })
    const state = await answerIn(Response.json({ entries: [] }), 'es')
    expect(await state.json()).toEqual({ entries: [] })
  })
})

describe('the specialist’s outcome', () => {
  it('reads in English exactly as the clinic wrote it for patients', () => {
    for (const [decision, { title, nextStep }] of Object.entries(OUTCOME_FOR_PATIENT)) {
      expect(CATALOGUES.en.outcome.decisions[decision as keyof typeof OUTCOME_FOR_PATIENT]).toMatchObject({ title, nextStep })
    }
  })
})
