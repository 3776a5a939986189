import { TOTP_PERIOD_SECONDS, totpCodeAt } from '@/lib/second-factor'

const PERIOD_MS = TOTP_PERIOD_SECONDS * 1000
/** How long to keep trying: enough for several other sign-ins of the same account to take their codes. */
const GIVE_UP_AFTER_MS = 5 * PERIOD_MS

const stepNow = () => Math.floor(Date.now() / PERIOD_MS)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type CodeAnswer = 'accepted' | 'already-used' | 'stop'

/**
 * Offers an account's authenticator codes to `submit` until one is accepted (or `submit` says stop).
 * The server takes this 30-second step's code and the next one's (clock drift), each once, and never a
 * step at or before the last one used. Tests signing in to the same demo account in parallel race for
 * those codes, so each step is offered at most once, in order, and when both steps in reach are used
 * the helper waits for the clock to bring a new one. It never offers the previous step's code: near a
 * step's end that code can arrive after the window and count as a wrong code (five lock the account).
 * True once a code is accepted; false when `submit` said stop.
 */
export async function offerCodesUntilAccepted(secret: string, submit: (code: string) => Promise<CodeAnswer>): Promise<boolean> {
  const giveUpAt = Date.now() + GIVE_UP_AFTER_MS
  let step = stepNow()
  while (Date.now() < giveUpAt) {
    step = Math.max(step, stepNow())
    if (step > stepNow() + 1) {
      await sleep(PERIOD_MS - (Date.now() % PERIOD_MS) + 200)
      continue
    }
    const answer = await submit(await totpCodeAt(secret, new Date(step * PERIOD_MS + 1000)))
    if (answer !== 'already-used') return answer === 'accepted'
    step += 1
  }
  throw new Error('Second step: every code was already used')
}
