/**
 * Sends the diary answers waiting on this device, from the service worker: on Background Sync, when a
 * portal page opens, and before sign-out. The same endpoint, batches and rules as the page
 * (`useDiary`): the server stores an answer once per `clientId`, so a page and the worker sending the
 * same answer at once store it once.
 */
import { nextBatch, reconcile } from '../../diary/answers'
import { saveEntries } from '../../diary/api'
import type { DiaryState } from '@/collections/Diaries/state'
import { currentNamespace, deviceDb, type DeviceDb } from '../deviceDb'

export type SendResult = 'done' | 'retry-later'

/** The server's answer joins the record in one transaction, so an answer the page added meanwhile stays. */
async function applyServerState(db: DeviceDb, key: string, state: DiaryState): Promise<void> {
  const tx = db.transaction('diary-answers', 'readwrite')
  const record = await tx.store.get(key)
  if (record && state.diary.status === 'submitted') await tx.store.delete(key)
  else if (record) await tx.store.put({ ...record, answers: reconcile(record.answers, state.entries) })
  await tx.done
}

async function sendRecord(db: DeviceDb, key: string): Promise<SendResult | 'signed-out'> {
  const refused = new Set<string>()
  for (;;) {
    const record = await db.get('diary-answers', key)
    if (!record) return 'done'
    const batch = nextBatch(record.answers, refused)
    if (batch.length === 0) return 'done'
    const outcome = await saveEntries(record.appointmentId, batch)
    if (outcome.kind === 'kept') return 'retry-later'
    if (outcome.kind === 'signed-out') return 'signed-out'
    if (outcome.kind === 'refused') {
      for (const entry of batch) refused.add(entry.clientId)
      continue
    }
    await applyServerState(db, key, outcome.state)
    // What the server answered is the truth: never send the same answer in a loop.
    const after = await db.get('diary-answers', key)
    for (const entry of batch) if (after?.answers.some((held) => held.clientId === entry.clientId && !held.synced)) refused.add(entry.clientId)
  }
}

/** Only the answers of the patient who last used the portal here: nobody else's go out under their session. */
export async function sendHeldAnswers(): Promise<SendResult> {
  const db = await deviceDb()
  const namespace = await currentNamespace(db)
  if (!namespace) return 'done'
  const records = (await db.getAll('diary-answers')).filter((record) => record.namespace === namespace)
  let result: SendResult = 'done'
  for (const record of records) {
    const outcome = await sendRecord(db, record.key)
    if (outcome === 'signed-out') return 'done'
    if (outcome === 'retry-later') result = 'retry-later'
  }
  return result
}
