'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'

import type { DiaryState } from '@/collections/Diaries/state'
import { diaryTimePoints, type Questionnaire } from '@/lib/diary'
import { formatDayLabel, formatTime, timeOfDay, type ClinicFormats } from '@/lib/dates'
import { toLocale } from '@/lib/i18n/config'
import { problemIn } from '@/lib/i18n/problems'
import { baselineOpensAt, diarySchedule, diaryStates, isBaseline, nextReminder } from '@/lib/diary'
import { BlockTimeForm } from './BlockTimeForm'
import { DiaryTimeline, type TimelinePoint } from './DiaryTimeline'
import { SubmitDiary } from './SubmitDiary'
import { SubmittedDiary } from './SubmittedDiary'
import { baselineNotYetText, connectionText, dueText, type DiaryWords } from './text'
import { useDiary } from './useDiary'

type Props = {
  appointmentId: number
  patientId: number
  /** Whose offline copies these are on this device (`deviceNamespaceOf`). */
  deviceNamespace: string
  questionnaire: Questionnaire
  initial: DiaryState | null
  /** The appointment's start (ISO): the block time is a time on that day. */
  scheduledAt: string
  /** The server's clock when the page was rendered, so the first render matches on both sides. */
  serverNow: string
  /** The clinic's time zone and date wording (site settings). */
  formats: ClinicFormats
}

const TICK_MS = 15_000
const MAX_TIMER_MS = 2 ** 31 - 1

/** The clock the timeline runs on: the server's at first, then the device's, every 15 seconds. */
function useNow(serverNow: string): [Date, () => void] {
  const [now, setNow] = useState(() => new Date(serverNow))
  useEffect(() => {
    setNow(new Date())
    const timer = setInterval(() => setNow(new Date()), TICK_MS)
    return () => clearInterval(timer)
  }, [])
  return [now, () => setNow(new Date())]
}

/** Moves focus to an element once React has rendered it (the button that replaces a closed form). */
function useFocusAfterRender(): (id: string) => void {
  const target = useRef<string | null>(null)
  useEffect(() => {
    if (!target.current) return
    document.getElementById(target.current)?.focus()
    target.current = null
  })
  return (id) => {
    target.current = id
  }
}

function reminderText(
  words: DiaryWords,
  points: TimelinePoint[],
  now: Date,
  appointmentAt: Date,
  { hasBlockTime, baselineNotYet }: { hasBlockTime: boolean; baselineNotYet: boolean },
  next: ReturnType<typeof nextReminder>,
): string | null {
  const { t } = words
  const due = points.filter((point) => point.state === 'due-now')
  if (baselineNotYet) return t('reminderBaseline', { when: baselineNotYetText(words, appointmentAt) })
  if (due.length > 0) return t('reminderDue', { points: due.map((point) => point.label.toLowerCase()).join(', ') })
  if (!hasBlockTime) return t('reminderBlockTime')
  if (next) return t('reminderNext', { label: next.label.toLowerCase(), due: dueText(words, next.dueAt, now, false, appointmentAt) })
  return null
}

/** The pain diary of one appointment while the patient keeps it: block time, timeline, reminders, autosave, submit. */
export function DiaryKeeper({ appointmentId, patientId, deviceNamespace, questionnaire, initial, scheduledAt, serverNow, formats }: Props) {
  const { held, diary, connection, problem, unsent, answer, recordBlockTime, submit } = useDiary({ appointmentId, patientId, deviceNamespace, initial })
  const [now, refreshNow] = useNow(serverNow)
  const [openKey, setOpenKey] = useState<string | null>(null)
  const [editingBlockTime, setEditingBlockTime] = useState(false)
  const [justSubmitted, setJustSubmitted] = useState(false)
  const focusAfterRender = useFocusAfterRender()
  const t = useTranslations('diary')
  const tProblems = useTranslations('problems')
  const locale = toLocale(useLocale())
  const words: DiaryWords = { t, locale, formats }
  const say = (message: string) => problemIn(message, (key) => tProblems(key))
  const dayLabel = (date: Date) => formatDayLabel(date, formats, locale)

  const appointmentStart = new Date(scheduledAt)
  const stateOptions = { baselineOpensAt: baselineOpensAt(appointmentStart) }
  const blockTime = diary?.blockTime ? new Date(diary.blockTime) : null
  const schedule = diarySchedule(blockTime, diaryTimePoints(questionnaire), formats.timeZone)
  const questionsByKey = new Map(questionnaire.timePoints.map((point) => [point.key, point.questions]))
  const points: TimelinePoint[] = diaryStates(schedule, held, now, stateOptions).map((point) => ({ ...point, questions: questionsByKey.get(point.key) ?? [] }))
  const answers = new Map(held.map((entry) => [entry.timePointKey, entry]))
  const next = nextReminder(schedule, held, now, stateOptions)
  // Days before the block nothing can be answered yet, the block time included.
  const baselineNotYet = points.some((point) => isBaseline(point) && point.state === 'upcoming')
  const latestActivity = [...held].sort((a, b) => Date.parse(b.answeredAt) - Date.parse(a.answeredAt)).find((entry) => entry.activity)?.activity ?? ''

  // At each due time the reminder changes, and its live region announces it. Re-armed only when the next due time changes.
  useEffect(() => {
    if (!next) return
    const wait = next.dueAt.getTime() - Date.now()
    if (wait <= 0) return
    const timer = setTimeout(refreshNow, Math.min(wait + 500, MAX_TIMER_MS))
    return () => clearTimeout(timer)
  }, [next?.key, next?.dueAt.getTime()])

  if (diary?.status === 'submitted') {
    return (
      <SubmittedDiary
        questionnaire={questionnaire}
        entries={held}
        blockTime={diary.blockTime}
        submittedAt={diary.submittedAt}
        justSubmitted={justSubmitted}
        formats={formats}
      />
    )
  }

  function done(key: string) {
    const following = points.find((point) => point.key !== key && (point.state === 'due-now' || point.state === 'missed'))
    setOpenKey(null)
    focusAfterRender(following ? `${following.key}-open` : `${key}-open`)
  }

  async function saveBlockTime(time: string) {
    const problemText = await recordBlockTime(time)
    if (!problemText) {
      setEditingBlockTime(false)
      focusAfterRender('block-time-summary')
    }
    return problemText && say(problemText)
  }

  const reminder = reminderText(words, points, now, appointmentStart, { hasBlockTime: Boolean(blockTime), baselineNotYet }, next)

  return (
    <>
      {questionnaire.introduction && <p className="diary-intro">{questionnaire.introduction}</p>}

      <div className="diary-status">
        <div className="diary-reminder" role="status">
          {reminder && (
            <p>
              {reminder}
            </p>
          )}
        </div>
        <p className={`diary-sync diary-sync--${connection === 'saved' && unsent === 0 ? 'saved' : 'pending'}`} role="status">
          {connectionText(words, connection, unsent, held.length)}
        </p>
        <div role="alert">
          {problem && (
            <div className="notice notice--error">
              <p>{say(problem)}</p>
            </div>
          )}
        </div>
      </div>

      <section aria-labelledby="block-time-heading" className="diary-block-time">
        <h2 id="block-time-heading">{t('blockTimeHeading')}</h2>
        {!blockTime && baselineNotYet ? (
          <p>{t('blockTimeLater', { day: dayLabel(appointmentStart) })}</p>
        ) : blockTime && !editingBlockTime ? (
          <>
            <p id="block-time-summary" tabIndex={-1}>
              {t.rich('blockTimeGiven', { time: formatTime(blockTime, formats, locale), day: dayLabel(blockTime), strong: (chunks) => <strong>{chunks}</strong> })}
            </p>
            <button type="button" className="button button--secondary" onClick={() => setEditingBlockTime(true)}>
              {t('correctTime')}
            </button>
          </>
        ) : (
          <BlockTimeForm
            dayLabel={dayLabel(appointmentStart)}
            initialTime={timeOfDay(blockTime ?? (now < appointmentStart ? appointmentStart : now), formats.timeZone)}
            onSave={saveBlockTime}
            onCancel={blockTime ? () => setEditingBlockTime(false) : undefined}
          />
        )}
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t('answersHeading')}</h2>
        <DiaryTimeline
          points={points}
          wording={questionnaire.wording}
          answers={answers}
          now={now}
          appointmentAt={appointmentStart}
          formats={formats}
          openKey={openKey}
          suggestedActivity={latestActivity}
          onOpen={setOpenKey}
          onAnswer={answer}
          onDone={done}
        />
      </section>

      {blockTime && held.length > 0 && (
        <SubmitDiary
          answered={held.length}
          total={points.length}
          onSubmit={async () => {
            const problemText = await submit()
            if (!problemText) setJustSubmitted(true)
            return problemText && say(problemText)
          }}
        />
      )}
    </>
  )
}
