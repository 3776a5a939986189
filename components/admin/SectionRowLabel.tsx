'use client'

import { useRowLabel } from '@payloadcms/ui'

/** A section's row in /admin is labelled with its number and heading, so editors find it at a glance. */
export function SectionRowLabel() {
  const { data, rowNumber } = useRowLabel<{ heading?: string | null }>()
  const number = (rowNumber ?? 0) + 1
  const heading = data?.heading?.trim()
  return <span>{heading ? `${number}. ${heading}` : `Section ${number}`}</span>
}
