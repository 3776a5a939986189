'use client'

import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

type Status = { kind: 'idle' | 'confirming' | 'sending' | 'done' | 'error'; message?: string }

/**
 * Sidebar button on a staff record, for admins: removes the colleague's authenticator app (lost phone,
 * used-up recovery codes). Their sessions end and their next sign-in sets up a new app.
 */
export function ResetSecondFactorButton() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  if (!id || (user as { role?: string } | null)?.role !== 'admin') return null

  async function reset() {
    setStatus({ kind: 'sending' })
    const response = await fetch(`/api/users/${id}/second-factor/reset`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setStatus({ kind: response.ok ? 'done' : 'error', message: body.message ?? 'The second factor could not be reset.' })
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      {status.kind === 'confirming' ? (
        <>
          <p>Their sessions end now and they must set up an authenticator app at their next sign-in.</p>
          <Button buttonStyle="primary" onClick={reset} type="button">
            Yes, reset second factor
          </Button>{' '}
          <Button buttonStyle="secondary" onClick={() => setStatus({ kind: 'idle' })} type="button">
            Cancel
          </Button>
        </>
      ) : (
        <Button buttonStyle="secondary" disabled={status.kind === 'sending'} onClick={() => setStatus({ kind: 'confirming' })} type="button">
          {status.kind === 'sending' ? 'Resetting…' : 'Reset second factor'}
        </Button>
      )}
      <p role="status" aria-live="polite">
        {status.message}
      </p>
    </div>
  )
}
