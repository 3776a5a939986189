/**
 * Request context flags set only by the signing and withdrawal services (payload/consent). REST
 * callers cannot set request context, so these mark writes that went through those services.
 */
export const SIGNING_CONTEXT = 'consentSigning'
export const WITHDRAWAL_CONTEXT = 'consentWithdrawal'
