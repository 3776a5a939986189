import type { CollectionConfig } from 'payload'

import { CONSENT_PDF_DIR } from '@/payload/consent/pdfDir'
import { clinicianOrOwnPatientRecords, hasRole, nobody } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'
import { answerNotFoundForMissingFile } from '@/payload/http/notFound'
import { auditDownload, onlyThroughSigning, refuseChange } from './hooks'


/**
 * The signed PDF snapshot of each consent, stored outside public/ and served only through
 * /api/consent-pdfs/file/<name>, which applies `read` access: the patient it belongs to and
 * clinical staff. Never changed or deleted.
 */
export const ConsentPdfs: CollectionConfig = {
  slug: 'consent-pdfs',
  labels: { singular: 'Consent PDF', plural: 'Consent PDFs' },
  admin: {
    group: 'Clinic',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'patient', 'consent', 'createdAt'],
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  access: { read: clinicianOrOwnPatientRecords, create: nobody, update: nobody, delete: nobody },
  upload: {
    staticDir: CONSENT_PDF_DIR,
    mimeTypes: ['application/pdf'],
    crop: false,
    focalPoint: false,
    // An unknown name answers 404 before anything is audited as a download.
    handlers: [answerNotFoundForMissingFile(CONSENT_PDF_DIR), auditDownload],
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'private, no-store')
      headers.set('Content-Disposition', 'attachment')
      return headers
    },
  },
  hooks: {
    beforeValidate: [onlyThroughSigning],
    beforeChange: [({ data, operation }) => (operation === 'update' ? refuseChange() : data)],
    beforeDelete: [refuseChange],
    afterOperation: [auditStaffAccess],
  },
  fields: [
    { name: 'consent', type: 'relationship', relationTo: 'consents', required: true, unique: true, admin: { readOnly: true } },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true, admin: { readOnly: true } },
    { name: 'sha256', label: 'SHA-256 of the PDF', type: 'text', required: true, admin: { readOnly: true } },
  ],
}
