import type { GlobalConfig } from 'payload'

import { anyone, isContentEditor } from '../access'
import { revalidateWholeSite } from '../hooks/revalidateOnPublish'
import { clinicFormatFields } from './clinicFormats'

const linkFields = [
  { name: 'label', type: 'text', required: true, localized: true },
  { name: 'href', type: 'text', required: true, admin: { description: 'A site path such as /faq, or a full https:// address.' } },
] as const

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  admin: { group: 'Content' },
  access: { read: anyone, update: isContentEditor },
  hooks: { afterChange: [revalidateWholeSite] },
  fields: [
    { name: 'clinicName', type: 'text', required: true },
    { name: 'phone', type: 'text', required: true },
    { name: 'email', type: 'email' },
    { name: 'address', type: 'textarea', required: true },
    ...clinicFormatFields,
    { name: 'navigation', type: 'array', fields: [...linkFields], maxRows: 8 },
    { name: 'footerText', type: 'textarea', localized: true },
    { name: 'footerLinks', type: 'array', fields: [...linkFields], maxRows: 8 },
  ],
}
