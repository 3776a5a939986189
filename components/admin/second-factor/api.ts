/** Calls a second-factor endpoint with the session cookie; the message to show when it refuses. */
export async function post(path: string, body?: unknown): Promise<{ ok: boolean; message: string; data: Record<string, unknown> }> {
  try {
    const response = await fetch(`/api/users/second-factor/${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
    return { ok: response.ok, message: typeof data.message === 'string' ? data.message : 'Something went wrong. Try again.', data }
  } catch {
    return { ok: false, message: 'The server could not be reached. Check your connection and try again.', data: {} }
  }
}

/** Ends the session on the server (even before its second step) and returns to the sign-in page. */
export async function signOut(): Promise<void> {
  await post('sign-out')
  window.location.assign('/admin/login')
}
