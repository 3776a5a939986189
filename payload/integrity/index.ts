import type { Payload } from 'payload'

import { consentPdfStore } from '../consent/pdfDir'
import { verifyIntegrity, type IntegrityReport, type Query } from './verify'

export type { IntegrityReport } from './verify'

/** Verification over Payload's own pool (the app's role: read access is all it needs). */
export function integrityReport(payload: Payload): Promise<IntegrityReport> {
  const pool = (payload.db as unknown as { pool: { query: Query } }).pool
  const store = consentPdfStore()
  return verifyIntegrity((sql, values) => pool.query(sql, values), (filename) => store.read(filename))
}
