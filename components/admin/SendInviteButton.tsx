'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** Sidebar button on a patient record: emails the patient a one-time link to set up the portal. */
export function SendInviteButton() {
  const { id } = useDocumentInfo()
  const [status, setStatus] = useState<{ kind: 'idle' | 'sending' | 'done' | 'error'; message?: string }>({ kind: 'idle' })

  if (!id) return <p>Save the patient first, then send the invitation.</p>

  async function send() {
    setStatus({ kind: 'sending' })
    const response = await fetch(`/api/patients/${id}/invite`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setStatus({ kind: response.ok ? 'done' : 'error', message: body.message ?? 'The invitation could not be sent.' })
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" disabled={status.kind === 'sending'} onClick={send} type="button">
        {status.kind === 'sending' ? 'Sending…' : 'Send portal invitation'}
      </Button>
      <p role="status" aria-live="polite">
        {status.message}
      </p>
    </div>
  )
}
