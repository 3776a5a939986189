import type { CollectionConfig } from 'payload'

import { CONSENT_PDF_DIR } from '@/payload/consent/pdfDir'
import { clinicianOrOwnPatientRecords, hasRole, nobody } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'
import { onlyThroughSigning, refuseChange, serveConsentPdf, storePdfOnce } from './hooks'


/**
 * The signed PDF snapshot of each consent, stored outside public/ (in `.data/consent-pdfs`, or the S3
 * bucket: payload/storage) and served only through /api/consent-pdfs/file/<name>, which applies `read`
 * access: the patient it belongs to and clinical staff. Written once; never changed or deleted.
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
    // Payload never writes these files itself: storePdfOnce does, refusing to replace one.
    disableLocalStorage: true,
    mimeTypes: ['application/pdf'],
    crop: false,
    focalPoint: false,
    handlers: [serveConsentPdf],
  },
  hooks: {
    beforeValidate: [onlyThroughSigning],
    beforeChange: [({ data, operation }) => (operation === 'update' ? refuseChange() : data)],
    beforeDelete: [refuseChange],
    afterChange: [storePdfOnce],
    afterOperation: [auditStaffAccess],
  },
  fields: [
    { name: 'consent', type: 'relationship', relationTo: 'consents', required: true, unique: true, admin: { readOnly: true } },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true, admin: { readOnly: true } },
    { name: 'sha256', label: 'SHA-256 of the PDF', type: 'text', required: true, admin: { readOnly: true } },
  ],
}
