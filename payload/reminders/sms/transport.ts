/** A text message to one phone. `to` is in international format (+447700900123). */
export type SmsMessage = { to: string; text: string }

/** Sends text messages; throws when the message was not accepted, so the caller can retry. */
export interface SmsTransport {
  readonly name: string
  send(message: SmsMessage): Promise<void>
}
