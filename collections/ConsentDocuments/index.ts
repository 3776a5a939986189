import type { CollectionConfig, Field } from 'payload'

import { MAX_ACKNOWLEDGEMENTS } from '@/lib/consent'
import { isContentEditor } from '@/payload/access'
import { editorsOnDrafts, editorsOnDraftsOrTranslations, staffOrPublishedForPatients } from './access'
import { newVersion } from './endpoints/newVersion'
import { freezePublished, keepPublished, numberNewVersion, stampPublication } from './hooks'
import { hiddenInAdmin, serverSet } from '../shared/fields'

function listField(name: string, label: string, description: string, extra: Partial<{ minRows: number; maxRows: number }> = {}): Field {
  return {
    name,
    label,
    type: 'array',
    localized: true,
    labels: { singular: 'Item', plural: 'Items' },
    admin: { description, initCollapsed: false },
    ...extra,
    fields: [{ name: 'text', type: 'text', required: true, maxLength: 400 }],
  }
}


/**
 * Consent forms, one document per version. A published version never changes (access and a hook
 * refuse it), so old versions stay readable and a signature points at exactly one text. The
 * "Start a new version" button copies the newest version into a draft numbered one higher.
 * Each version carries its translations (localized fields): adding a language a published version
 * lacks is no new version; changing wording in any language is.
 */
export const ConsentDocuments: CollectionConfig = {
  slug: 'consent-documents',
  labels: { singular: 'Consent document', plural: 'Consent documents' },
  defaultSort: '-version',
  admin: {
    group: 'Content',
    useAsTitle: 'label',
    defaultColumns: ['title', 'version', 'procedure', '_status', 'effectiveDate', 'publishedAt'],
    description: 'Patients sign the newest published version for their procedure. Published versions never change.',
  },
  access: {
    read: staffOrPublishedForPatients,
    create: isContentEditor,
    update: editorsOnDraftsOrTranslations,
    delete: editorsOnDrafts,
    readVersions: isContentEditor,
  },
  versions: { drafts: true, maxPerDoc: 20 },
  disableDuplicate: true,
  endpoints: [newVersion],
  indexes: [{ fields: ['procedure', 'version'], unique: true }],
  hooks: {
    beforeValidate: [numberNewVersion],
    beforeChange: [freezePublished, stampPublication],
    beforeDelete: [keepPublished],
  },
  fields: [
    { name: 'label', type: 'text', admin: hiddenInAdmin, access: serverSet },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    {
      name: 'procedure',
      type: 'relationship',
      relationTo: 'procedures',
      required: true,
      index: true,
      access: { update: () => false },
      admin: { description: 'Patients booked for this procedure sign this consent. Cannot change after the first save.' },
    },
    {
      name: 'version',
      type: 'number',
      index: true,
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true, description: 'Numbered by the clinic system: 1, 2, 3…' },
    },
    {
      name: 'newVersion',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/ConsentDocuments/components/NewVersionButton#NewVersionButton' } },
    },
    {
      name: 'effectiveDate',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'd MMM yyyy, HH:mm' },
        description: 'Patients are asked to sign this version from this moment. Leave empty: from when it is published.',
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' } },
    },
    {
      name: 'supersedes',
      type: 'relationship',
      relationTo: 'consent-documents',
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true, description: 'The version this one replaces.' },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      localized: true,
      admin: { description: 'What the procedure is and why it is offered, in plain words. Paragraphs and lists.' },
    },
    listField('benefits', 'Benefits', 'What the patient may gain, one per item.', { minRows: 1 }),
    {
      name: 'risks',
      type: 'group',
      admin: { description: 'Side effects and risks, by how often they happen.' },
      fields: [
        listField('common', 'Common risks', 'Expected in many patients, usually mild and short-lived.'),
        listField('lessCommon', 'Less common risks', 'Uncommon but important.'),
        listField('rare', 'Rare risks', 'Rare but serious.'),
      ],
    },
    listField('alternatives', 'Alternatives', 'Other options, including doing nothing for now.'),
    listField('acknowledgements', 'Acknowledgement statements', 'The patient must tick each statement before signing.', {
      minRows: 1,
      maxRows: MAX_ACKNOWLEDGEMENTS,
    }),
  ],
}
