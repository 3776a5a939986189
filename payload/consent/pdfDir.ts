import path from 'node:path'

/** Where signed consent PDFs are stored: outside public/, served only through access-checked routes. */
export const CONSENT_PDF_DIR = path.resolve(process.cwd(), '.data/consent-pdfs')
