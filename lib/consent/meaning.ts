/** Shown on the certification screen and kept with every signed consent (and in its PDF). */
export const CONSENT_SIGNATURE_MEANING =
  'By signing, you confirm that you have read and understood this consent document, that you have ' +
  'had the chance to ask questions, and that you agree to have the procedure it describes. ' +
  'You can change your mind and withdraw your consent at any time before the procedure.'
