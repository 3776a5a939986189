import { getTranslations } from 'next-intl/server'

/** The clinic's name (back to the public site) and where the patient is: the patient portal. */
export async function PortalHeader({ clinicName }: { clinicName: string }) {
  const t = await getTranslations('portal')
  return (
    <header className="site-header">
      <div className="site-header__inner">
        {/* A plain link: the public site has its own root layout, so this is a full page load anyway. */}
        <a href="/" className="site-name" id="site-name">
          {clinicName}
        </a>
        <p className="portal-header__label">{t('headerLabel')}</p>
      </div>
    </header>
  )
}
