import { createHmac } from 'node:crypto'

import { requireSecret } from '../env'

/**
 * The name under which a patient's offline pages and answers are kept on a device: stable for the
 * patient, different for each patient, and not their id (keyed with the server's secret).
 */
export function deviceNamespaceOf(patientId: number): string {
  return createHmac('sha256', requireSecret('PAYLOAD_SECRET')).update(`portal-device:${patientId}`).digest('hex').slice(0, 32)
}
