import type { Locale } from '../i18n/config'

/**
 * What signing means, in each language patients sign in. Shown on the certification screen and kept
 * with every signed consent (and in its PDF), in the language the patient signed.
 */
export const CONSENT_SIGNATURE_MEANINGS: Record<Locale, string> = {
  en:
    'By signing, you confirm that you have read and understood this consent document, that you have ' +
    'had the chance to ask questions, and that you agree to have the procedure it describes. ' +
    'You can change your mind and withdraw your consent at any time before the procedure.',
  es:
    'Al firmar, usted confirma que ha leído y entendido este documento de consentimiento, que ha ' +
    'tenido la oportunidad de hacer preguntas y que está de acuerdo en que se le haga el procedimiento ' +
    'que describe. Puede cambiar de opinión y retirar su consentimiento en cualquier momento antes del procedimiento.',
}

/** The English meaning (the clinic's own language). */
export const CONSENT_SIGNATURE_MEANING = CONSENT_SIGNATURE_MEANINGS.en

export function consentSignatureMeaning(locale: Locale): string {
  return CONSENT_SIGNATURE_MEANINGS[locale]
}
