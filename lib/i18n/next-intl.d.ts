import type { Locale } from './config'
import type { Messages } from './messages'

// Type-checks every key passed to next-intl's translators against the English catalogue.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
  }
}
