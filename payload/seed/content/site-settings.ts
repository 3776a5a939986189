import type { SiteSettingsSeed } from './types'

/** Clinic details, navigation and footer for the public site. */
export const siteSettings: SiteSettingsSeed = {
  clinicName: 'Harbour Spine Clinic',
  phone: '(617) 555-0142',
  email: 'hello@harbourspine.example',
  address: '200 Atlantic Avenue, Suite 300, Boston, MA 02110',
  timeZone: 'America/New_York',
  dateFormatRegion: 'US',
  navigation: [
    { label: 'Home', href: '/' },
    { label: 'Medial branch block', href: '/procedures/medial-branch-block' },
    { label: 'Radiofrequency ablation', href: '/procedures/radiofrequency-ablation' },
    { label: 'Facet joint disease', href: '/conditions/facet-joint-disease' },
    { label: 'FAQ', href: '/faq' },
    { label: 'Patient portal', href: '/portal' },
  ],
  footerText:
    'The information on this site is general. It does not replace advice from your own doctor. If you are worried about your symptoms, call us on (617) 555-0142. In an emergency, call 911.',
  footerLinks: [
    { label: 'Home', href: '/' },
    { label: 'Common questions', href: '/faq' },
    { label: 'Patient portal', href: '/portal' },
  ],
}
