'use client'

import { useTranslations } from 'next-intl'
import type { ReactNode, Ref } from 'react'

export type SummaryProblem = {
  /** The id of the field the link moves to. */
  target: string
  message: string
}

type Props = {
  /** The form-wide message (server refused, network down), shown above the list of field problems. */
  message?: ReactNode
  problems?: SummaryProblem[]
  /** When set, following a link calls this instead of jumping to `#target` (e.g. react-hook-form's setFocus). */
  onSelect?: (target: string) => void
  summaryRef?: Ref<HTMLDivElement>
  id?: string
}

/**
 * "There is a problem" above a form: the live region always exists, so screen readers announce the
 * summary as soon as it appears; each field problem links to its field.
 */
export function ErrorSummary({ message, problems = [], onSelect, summaryRef, id }: Props) {
  const t = useTranslations('common')
  const visible = Boolean(message) || problems.length > 0
  return (
    <div role="alert" aria-atomic="true">
      {visible && (
        <div className="notice notice--error" ref={summaryRef} tabIndex={summaryRef ? -1 : undefined} id={id}>
          <h2 className="notice__title">{t('problem')}</h2>
          {message && <p>{message}</p>}
          {problems.length > 0 && (
            <ul>
              {problems.map((problem) => (
                <li key={`${problem.target}-${problem.message}`}>
                  <a
                    href={`#${problem.target}`}
                    onClick={
                      onSelect
                        ? (event) => {
                            event.preventDefault()
                            onSelect(problem.target)
                          }
                        : undefined
                    }
                  >
                    {problem.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
