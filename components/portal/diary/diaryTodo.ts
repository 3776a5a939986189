import { formatDate } from '@/lib/dates'
import { portalPaths } from '@/lib/paths'
import type { DiaryProgress } from '@/payload/queries/diary'
import type { PortalTodo } from '../portalTodo'

/** The dashboard's diary to-do: not started, in progress (n of m answered), or submitted on DATE. */
export function diaryTodo(appointmentId: number, progress: DiaryProgress | null): PortalTodo {
  const base = { key: 'diary', label: 'Keep your pain diary', href: portalPaths.diary(appointmentId) }
  if (progress?.status === 'submitted') {
    const on = progress.submittedAt ? ` on ${formatDate(new Date(progress.submittedAt))}` : ''
    return { ...base, done: true, statusText: `Submitted${on}` }
  }
  if (!progress || progress.answered === 0) return { ...base, done: false, statusText: 'Not started' }
  return { ...base, done: false, statusText: `In progress (${progress.answered} of ${progress.total} answered)` }
}
