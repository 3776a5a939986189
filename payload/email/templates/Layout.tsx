import { Body, Button, Container, Head, Html, Preview, Section, Text } from '@react-email/components'
import type { ReactNode } from 'react'

import { HTML_LANG, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'

const body = { backgroundColor: '#ffffff', fontFamily: 'Arial, Helvetica, sans-serif', color: '#1a1a1a' }
const container = { maxWidth: '560px', padding: '24px 16px' }
const paragraph = { fontSize: '16px', lineHeight: '1.5', margin: '0 0 16px' }
const button = { backgroundColor: '#0e5a66', color: '#ffffff', padding: '12px 20px', borderRadius: '4px', fontSize: '16px', textDecoration: 'none' }

export type LayoutProps = {
  locale: Locale
  clinic: string
  /** Shown by mail apps beside the subject. */
  preview: string
  /** "Dear Alex," (or "Hello," when the email may reach someone who is not a patient yet). */
  greeting: string
  paragraphs: ReactNode[]
  action: { label: string; url: string }
}

/**
 * Every patient email: greeting, a few short paragraphs, one button, the address as text for mail
 * apps without buttons, the clinic's name. No health information, ever (a shared inbox, a preview).
 */
export function EmailLayout({ locale, clinic, preview, greeting, paragraphs, action }: LayoutProps) {
  const t = translatorFor(locale)
  return (
    <Html lang={HTML_LANG[locale]}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Text style={paragraph}>{greeting}</Text>
          {paragraphs.map((text, index) => (
            <Text key={index} style={paragraph}>
              {text}
            </Text>
          ))}
          <Section style={{ margin: '24px 0' }}>
            <Button href={action.url} style={button}>
              {action.label}
            </Button>
          </Section>
          <Text style={paragraph}>
            {t('email.linkFallback')}
            <br />
            {action.url}
          </Text>
          <Text style={paragraph}>{clinic}</Text>
        </Container>
      </Body>
    </Html>
  )
}
