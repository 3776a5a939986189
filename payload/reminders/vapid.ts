/**
 * The clinic's VAPID identity for Web Push: a P-256 key pair (base64url) and a contact (mailto: or
 * https:) the push services can reach. `npm start`/`npm run dev` generate local ones into `.env`;
 * a production server refuses to start without them (payload.config.ts calls `requireVapidKeys`).
 */
export type VapidDetails = { subject: string; publicKey: string; privateKey: string }

const PUBLIC_KEY = /^[A-Za-z0-9_-]{87}$/
const PRIVATE_KEY = /^[A-Za-z0-9_-]{43}$/
const SUBJECT = /^(mailto:\S+@\S+|https:\/\/\S+)$/

const HOW_TO =
  'Generate a pair with `npx web-push generate-vapid-keys` and set VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and ' +
  'VAPID_SUBJECT (mailto:you@clinic.example or an https:// page) in the server’s environment. ' +
  'For a local demo, `npm start` generates them into .env for you.'

/** The VAPID settings from the environment, or what is wrong with them. */
export function readVapidDetails(): { ok: true; details: VapidDetails } | { ok: false; problem: string } {
  const publicKey = process.env.VAPID_PUBLIC_KEY ?? ''
  const privateKey = process.env.VAPID_PRIVATE_KEY ?? ''
  const subject = process.env.VAPID_SUBJECT ?? ''
  if (!PUBLIC_KEY.test(publicKey)) return { ok: false, problem: `VAPID_PUBLIC_KEY is ${publicKey ? 'not a P-256 public key (87 base64url characters)' : 'not set'}.` }
  if (!PRIVATE_KEY.test(privateKey)) return { ok: false, problem: `VAPID_PRIVATE_KEY is ${privateKey ? 'not a P-256 private key (43 base64url characters)' : 'not set'}.` }
  if (!SUBJECT.test(subject)) return { ok: false, problem: `VAPID_SUBJECT is ${subject ? 'neither a mailto: address nor an https:// address' : 'not set'}.` }
  return { ok: true, details: { subject, publicKey, privateKey } }
}

/** The VAPID settings, or an error that says how to set them. */
export function vapidDetails(): VapidDetails {
  const result = readVapidDetails()
  if (!result.ok) throw new Error(`Web Push reminders need VAPID keys: ${result.problem} ${HOW_TO}`)
  return result.details
}

/** Called when the config loads: in production, missing or malformed VAPID settings stop the server. */
export function requireVapidKeys(): void {
  if (process.env.NODE_ENV === 'production') vapidDetails()
}

/** The public key browsers subscribe with (applicationServerKey), or null when Web Push is not configured. */
export function vapidPublicKey(): string | null {
  const result = readVapidDetails()
  return result.ok ? result.details.publicKey : null
}
