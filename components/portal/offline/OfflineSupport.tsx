'use client'

import { useEffect } from 'react'

import { askWorker, registerPortalWorker } from './serviceWorker'

/**
 * On every signed-in portal page: registers the service worker (the portal becomes installable and its
 * diaries open offline), tells it whose pages these are, and has it send answers left on this device
 * by an earlier visit (the fallback where the browser has no Background Sync).
 */
export function OfflineSupport({ namespace }: { namespace: string }) {
  useEffect(() => {
    registerPortalWorker()
    void askWorker({ type: 'patient', namespace }, 10_000).then(() => {
      if (navigator.onLine) void askWorker({ type: 'send-held-answers' }, 30_000)
    })
  }, [namespace])
  return null
}
