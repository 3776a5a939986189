'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Reply = { message?: string; id?: number | null }

/**
 * Sidebar of a consent document. A published version is read-only; this button starts the next
 * version as a draft copy and opens it.
 */
export function NewVersionButton() {
  const { id, hasPublishedDoc, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [state, setState] = useState<{ busy: boolean; message?: string; draftId?: number | null }>({ busy: false })

  if (!id || !hasPublishedDoc) {
    return <p>Drafts can be edited freely. Once published, this version can no longer change.</p>
  }

  const editPath = (docId: number | string) => `${config.routes.admin}/collections/consent-documents/${docId}`

  async function start() {
    setState({ busy: true })
    const response = await fetch(`${config.routes.api}/consent-documents/${id}/new-version`, { method: 'POST', credentials: 'include' })
    const reply = (await response.json().catch(() => ({}))) as Reply
    if (response.ok && reply.id) {
      router.push(editPath(reply.id))
      return
    }
    setState({ busy: false, message: reply.message ?? 'The new version could not be started.', draftId: reply.id })
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <p>
        Version {String(savedDocumentData?.version ?? '')} is published. Patients sign this exact text, so it can no longer change. To
        change the wording, start a new version: it opens as a draft, and patients are asked to sign it once you publish it.
      </p>
      <Button buttonStyle="secondary" disabled={state.busy} onClick={start} type="button">
        {state.busy ? 'Starting…' : 'Start a new version'}
      </Button>
      <p role="status" aria-live="polite">
        {state.message}
        {state.draftId && state.draftId !== id ? (
          <>
            {' '}
            <a href={editPath(state.draftId)}>Open it</a>
          </>
        ) : null}
      </p>
    </div>
  )
}
