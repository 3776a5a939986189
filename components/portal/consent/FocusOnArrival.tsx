'use client'

import { useEffect } from 'react'

/** Moves focus to the element with `targetId` once, e.g. the confirmation that replaced a form. */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus()
  }, [targetId])
  return null
}
