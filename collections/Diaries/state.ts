/** What the diary endpoints answer and the portal page starts from. Types and plain mapping only. */
import type { DiaryEntry } from '@/lib/diary'
import type { Diary, DiaryEntry as DiaryEntryDoc } from '@/payload-types'

export type DiaryStatus = Diary['status']

export type DiaryState = {
  diary: { id: number; status: DiaryStatus; blockTime: string | null; submittedAt: string | null }
  entries: DiaryEntry[]
}

export function toDiaryEntry(doc: DiaryEntryDoc): DiaryEntry {
  return {
    timePointKey: doc.timePointKey,
    nrs: doc.nrs,
    reliefPercent: doc.reliefPercent ?? null,
    activity: doc.activity ?? undefined,
    medicines: doc.medicines ?? undefined,
    clientId: doc.clientId,
    answeredAt: new Date(doc.answeredAt).toISOString(),
  }
}

export function diaryState(diary: Pick<Diary, 'id' | 'status' | 'blockTime' | 'submittedAt'>, entries: DiaryEntry[]): DiaryState {
  return {
    diary: { id: diary.id, status: diary.status, blockTime: diary.blockTime ?? null, submittedAt: diary.submittedAt ?? null },
    entries,
  }
}
