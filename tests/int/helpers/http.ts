import { offerCodesUntilAccepted } from '../../helpers/secondStepCodes'

/** Talks to the production server that `npm test` started, the way a browser or attacker would. */
export const APP_URL = process.env.APP_URL as string

type RequestOptions = { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }

export async function request(path: string, { method = 'GET', token, body, headers = {} }: RequestOptions = {}) {
  const response = await fetch(`${APP_URL}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  let json: any = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    // not JSON (HTML pages)
  }
  return { status: response.status, headers: response.headers, text, json }
}

/** A file (PDF) from the server, as bytes. */
export async function download(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${APP_URL}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) }
}

export const DEMO_STAFF_EMAIL = {
  admin: 'admin@harbourspine.example',
  editor: 'editor@harbourspine.example',
  specialist: 'specialist@harbourspine.example',
} as const

/** Email and password only: the token this returns opens nothing until the second step is passed. */
export async function signInWithPassword(email: string, password = process.env.DEMO_PASSWORD as string): Promise<string> {
  const { status, json } = await request('/api/users/login', { method: 'POST', body: { email, password } })
  if (status !== 200 || !json?.token) throw new Error(`Could not sign in as ${email}: ${status}`)
  return json.token
}

/**
 * The second step with a code from the account's authenticator secret (the demo staff's by default).
 * A code works once per account, and other sign-ins of it may be taking codes at the same moment.
 */
export async function passSecondStep(token: string, secret = process.env.DEMO_TOTP_SECRET as string): Promise<void> {
  await offerCodesUntilAccepted(secret, async (code) => {
    const { status, json } = await request('/api/users/second-factor/verify', { method: 'POST', token, body: { code } })
    if (status === 200) return 'accepted'
    if (json?.reason !== 'code-already-used') throw new Error(`Second step refused: ${status} ${JSON.stringify(json)}`)
    return 'already-used'
  })
}

const staffTokens = new Map<string, Promise<string>>()

/**
 * Signs a demo staff member in through the REST API (password, then a code) and returns their JWT. Each
 * test file signs each role in once and reuses the session: codes are single-use per account.
 */
export function signInStaff(role: keyof typeof DEMO_STAFF_EMAIL): Promise<string> {
  let token = staffTokens.get(role)
  if (!token) {
    token = signInWithPassword(DEMO_STAFF_EMAIL[role]).then(async (passwordOnly) => {
      await passSecondStep(passwordOnly)
      return passwordOnly
    })
    token.catch(() => staffTokens.delete(role))
    staffTokens.set(role, token)
  }
  return token
}
