'use client'

import { useEffect } from 'react'

import { forgetOfflinePages } from './serviceWorker'

/** On the sign-in page: no diary page kept for offline use outlives the session it was shown in. */
export function ForgetOfflinePages() {
  useEffect(() => {
    void forgetOfflinePages()
  }, [])
  return null
}
