import type { Payload } from 'payload'

import { markdownToRichText } from './richText'

/**
 * The medial branch block consent form, version 1, in the clinic's own words. Facts from the
 * clinic's patient article: what the block is, that it is mainly a test, that relief may be brief,
 * the possible next step, benefits, and risks by how often they happen.
 */
export const medialBranchBlockConsent = {
  title: 'Consent to a medial branch block',
  bodyMarkdown: [
    'A medial branch block is a test injection for neck or back pain. Guided by X-ray images, your specialist places a thin needle beside the medial branch nerves, the tiny nerves that report pain from the facet joints at the back of your spine, and injects a local anaesthetic there. The skin is cleaned and numbed first.',
    'The main purpose is to find out where your pain comes from. If your usual pain eases a lot while the anaesthetic is working, the facet joints are probably involved. If it does not ease, they are probably not the main cause. Both answers help: a negative result points your specialist towards other possible sources.',
    'Any relief usually fades within hours. That is expected, because the block is a test rather than a cure. To read the result, we ask you to score your pain in the portal diary at set times after the block, while doing something that normally hurts.',
    'You go home the same day after a short rest. If the block clearly helps, your specialist may suggest radiofrequency ablation, a separate treatment that uses heat on the same nerves to aim for relief lasting months. That would be a new decision, with its own consent.',
  ].join('\n\n'),
  benefits: [
    'A clearer answer about whether your facet joints are causing your pain.',
    'Your next treatment can be chosen on evidence instead of guesswork.',
    'It shows whether radiofrequency ablation is likely to help you.',
    'It can spare you treatments that would not target the real cause.',
    'Some people have a few hours of easier movement while the anaesthetic works.',
  ],
  risks: {
    common: [
      'Soreness, tenderness or mild swelling where the needle went in, for a day or two.',
      'Numbness near the injected area for a few hours.',
      'A short-lived flare of your usual pain before it settles.',
    ],
    lessCommon: [
      'Side effects of the medicines used, such as feeling light-headed for a while.',
      'Only partial relief, or none at all.',
      'A result that is hard to read, so the test may need repeating.',
    ],
    rare: ['Infection where the needle went in.', 'Bleeding or bruising under the skin.', 'An allergic reaction to one of the medicines.'],
  },
  alternatives: [
    'Carrying on with conservative care, such as exercise, physiotherapy and pain relief medicines, without this test.',
    'Asking your specialist about other tests if your pain may come from somewhere else, such as a disc, a trapped nerve, the sacroiliac joint or the muscles.',
    'Not having the block for now. You can change your mind and ask for it later.',
  ],
  acknowledgements: [
    'I have read this consent form, and I know how to ask the clinic questions about it.',
    'I understand the block is mainly a test of where my pain comes from, and that any relief may last only hours.',
    'I understand the common, less common and rare risks described above.',
    'I will record my pain in the portal diary after the block, as the clinic asks.',
    'I understand that any further treatment, such as radiofrequency ablation, would be a separate decision.',
    'I know I can withdraw my consent at any time before the procedure.',
  ],
}

const rows = (items: string[]) => items.map((text) => ({ text }))

/** Publishes version 1 of the medial branch block consent for the procedure. */
export async function seedConsentDocuments(payload: Payload, procedureId: number): Promise<void> {
  const consent = medialBranchBlockConsent
  await payload.create({
    collection: 'consent-documents',
    data: {
      _status: 'published',
      title: consent.title,
      procedure: procedureId,
      body: await markdownToRichText(payload, consent.bodyMarkdown, new Map()),
      benefits: rows(consent.benefits),
      risks: { common: rows(consent.risks.common), lessCommon: rows(consent.risks.lessCommon), rare: rows(consent.risks.rare) },
      alternatives: rows(consent.alternatives),
      acknowledgements: rows(consent.acknowledgements),
    },
  })
}
