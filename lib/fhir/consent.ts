import type { Attachment, Consent, ConsentProvision } from 'fhir/r4'
import { PATIENT_CONSENT_CODING, TREATMENT_SCOPE_CODING, consentDocumentPolicyUri } from './codes'
import { fhirDateTime, fhirId, hexToBase64 } from './primitives'

export interface ConsentExport {
  id: string | number
  status: 'signed' | 'withdrawn'
  signedAt: Date | string
  withdrawnAt?: Date | string | null
  patient: { id: string | number; name: string }
  /** `url`, when given, is the policy URI; otherwise a URN naming the document version is used. */
  document: { id: string | number; title: string; version: number; url?: string | null }
  /** Where staff can fetch the signed PDF snapshot. */
  pdfUrl: string
  /** Hex SHA-256 of the PDF bytes, when known; written as base64 in `sourceAttachment.hash`. */
  sha256?: string | null
  /** The name the patient typed as their signature. */
  typedName: string
}

function sourceAttachment(consent: ConsentExport): Attachment {
  const { title, version } = consent.document
  return {
    contentType: 'application/pdf',
    url: consent.pdfUrl,
    ...(consent.sha256 ? { hash: hexToBase64(consent.sha256) } : {}),
    title: `${title} (version ${version}), signed`,
    creation: fhirDateTime(consent.signedAt, 'signing time'),
  }
}

/** Permission from signing until withdrawal (if withdrawn). */
function provision(consent: ConsentExport): ConsentProvision {
  const end = consent.status === 'withdrawn' && consent.withdrawnAt ? fhirDateTime(consent.withdrawnAt, 'withdrawal time') : null
  return {
    type: 'permit',
    period: { start: fhirDateTime(consent.signedAt, 'signing time'), ...(end ? { end } : {}) },
  }
}

function policyUri(consent: ConsentExport): string {
  return consent.document.url || consentDocumentPolicyUri(consent.document.id, consent.document.version)
}

/**
 * A signed e-consent as a FHIR R4 Consent: scope treatment, category LOINC 59284-0, `active` while
 * signed and `inactive` once withdrawn (the original record is kept), the signed PDF as
 * `sourceAttachment`, and the consent document version as `policy` (R4 requires a policy or a
 * policyRule). See README.md.
 */
export function consentToFhirConsent(consent: ConsentExport): Consent {
  const patient = { reference: `Patient/${fhirId(consent.patient.id, 'patient')}`, display: consent.patient.name }
  return {
    resourceType: 'Consent',
    id: fhirId(consent.id, 'consent'),
    status: consent.status === 'withdrawn' ? 'inactive' : 'active',
    scope: { coding: [{ ...TREATMENT_SCOPE_CODING }], text: 'Consent to treatment' },
    category: [{ coding: [{ ...PATIENT_CONSENT_CODING }] }],
    patient,
    dateTime: fhirDateTime(consent.signedAt, 'signing time'),
    performer: [{ reference: patient.reference, display: consent.typedName }],
    policy: [{ uri: policyUri(consent) }],
    sourceAttachment: sourceAttachment(consent),
    provision: provision(consent),
  }
}
