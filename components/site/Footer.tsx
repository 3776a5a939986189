import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import type { SiteSetting } from '@/payload-types'
import { telHref } from '@/lib/text/phone-numbers'
import { PhoneLinkedText } from './PhoneLinkedText'
import { SiteLink } from './SiteLink'

type Props = { settings: SiteSetting; locale?: Locale }

/** Contact details, the disclaimer and secondary links. */
export function Footer({ settings, locale = DEFAULT_LOCALE }: Props) {
  const t = translatorFor(locale)
  const addressLines = settings.address.split(/\r?\n/).filter((line) => line.trim())
  const links = settings.footerLinks ?? []
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <section aria-labelledby="footer-contact" className="site-footer__contact">
          <h2 id="footer-contact">{t('site.contact', { clinic: settings.clinicName })}</h2>
          <address>
            <p>
              {addressLines.map((line, index) => (
                <span key={index} className="address-line">
                  {line}
                </span>
              ))}
            </p>
            <p>
              {t('site.phone')} <a href={telHref(settings.phone)}>{settings.phone}</a>
            </p>
            {settings.email && (
              <p>
                {t('site.email')} <a href={`mailto:${settings.email}`}>{settings.email}</a>
              </p>
            )}
          </address>
        </section>
        {settings.footerText && (
          <p className="site-footer__text">
            <PhoneLinkedText text={settings.footerText} />
          </p>
        )}
        {links.length > 0 && (
          <nav aria-label={t('site.footerNav')} className="site-footer__nav">
            <ul>
              {links.map((item, index) => (
                <li key={item.id ?? index}>
                  <SiteLink href={item.href}>{item.label}</SiteLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </footer>
  )
}
