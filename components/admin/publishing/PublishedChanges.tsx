'use client'

import { useAllFormFields, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useDeferredValue, useEffect, useMemo, useState } from 'react'

import { contentChanges, type EditorialContent } from '@/lib/content-diff'
import { ChangeList } from './ChangeList'

type Published = { state: 'loading' } | { state: 'none' } | { state: 'failed' } | { state: 'loaded'; doc: EditorialContent }

/** The published document as the public site serves it: without `draft`, Payload answers the published copy. */
function usePublishedDocument(): Published {
  const { id, collectionSlug, hasPublishedDoc, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const [published, setPublished] = useState<Published>({ state: 'loading' })
  // Asked again only when the document is published or unpublished, not on every autosave.
  const savedStatus = savedDocumentData?._status as string | undefined
  useEffect(() => {
    if (!id || !collectionSlug || !hasPublishedDoc) {
      setPublished({ state: 'none' })
      return
    }
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((doc: EditorialContent & { _status?: string }) => setPublished(doc._status === 'published' ? { state: 'loaded', doc } : { state: 'none' }))
      .catch(() => controller.signal.aborted || setPublished({ state: 'failed' }))
    return () => controller.abort()
  }, [id, collectionSlug, hasPublishedDoc, savedStatus, config.serverURL, config.routes.api])
  return published
}

/**
 * Beside the Publish button: what publishing would change on the public site, word by word, read from
 * the form as the editor types. Unchanged paragraphs are left out; a merged or split paragraph shows.
 */
export function PublishedChanges() {
  const [fields] = useAllFormFields()
  const draft = useDeferredValue(useMemo(() => reduceFieldsToValues(fields, true) as EditorialContent, [fields]))
  const published = usePublishedDocument()
  const changes = useMemo(() => contentChanges(published.state === 'loaded' ? published.doc : {}, draft), [published, draft])

  return (
    <section className="published-changes" aria-labelledby="published-changes-heading">
      <h2 id="published-changes-heading">Changes since the published version</h2>
      {published.state === 'loading' && <p>Comparing with the published version…</p>}
      {published.state === 'failed' && <p role="alert">The published version could not be loaded, so the changes cannot be shown. Reload the page to try again.</p>}
      {published.state === 'none' && <p>Not published yet: publishing makes all of this public.</p>}
      {published.state === 'loaded' &&
        (changes.length === 0 ? (
          <p>None: the draft reads the same as the published page.</p>
        ) : (
          <>
            <p>Publishing makes these changes public. Check them first.</p>
            <ChangeList changes={changes} />
          </>
        ))}
    </section>
  )
}
