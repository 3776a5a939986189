import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Local API on the test database, shared by every test in the worker. */
export function getTestPayload(): Promise<Payload> {
  return getPayload({ config })
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}
