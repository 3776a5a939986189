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

/** Signs a demo staff member in through the REST API and returns their JWT. */
export async function signInStaff(role: keyof typeof DEMO_STAFF_EMAIL): Promise<string> {
  const { status, json } = await request('/api/users/login', {
    method: 'POST',
    body: { email: DEMO_STAFF_EMAIL[role], password: process.env.DEMO_PASSWORD },
  })
  if (status !== 200 || !json?.token) throw new Error(`Could not sign in as ${role}: ${status}`)
  return json.token
}
