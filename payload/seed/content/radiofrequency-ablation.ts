import type { ProcedureSeed } from './types'

/**
 * Short patient page for radiofrequency ablation (RFA), framed as the usual next step after a
 * medial branch block that gave meaningful relief. Only what the reference article supports;
 * everything else is left to the specialist.
 */
export const radiofrequencyAblation: ProcedureSeed = {
  slug: 'radiofrequency-ablation',
  title: 'Radiofrequency ablation',
  summary:
    'A treatment that uses heat to disrupt the small nerves carrying pain from the facet joints. It aims for longer-lasting relief and is usually offered after a medial branch block has helped.',
  metaDescription:
    'Radiofrequency ablation (facet ablation or rhizotomy): how it follows a helpful medial branch block and what it aims to do for facet joint pain.',
  relatedConditionSlugs: ['facet-joint-disease'],
  sections: [
    {
      kind: 'what-it-is',
      heading: 'What is radiofrequency ablation?',
      markdown: `Radiofrequency ablation (RFA) is a **treatment** for pain that comes from the facet joints, the small joints at the back of your spine. You may also hear it called facet ablation or rhizotomy.

It uses heat to disrupt the **medial branch nerves**. These are the small nerves that carry pain messages from the facet joints to your brain.

The aim is relief that lasts longer than the short-term relief a [medial branch block](/procedures/medial-branch-block) can give.`,
    },
    {
      kind: 'candidates',
      heading: 'Who might be offered it?',
      markdown: `RFA is usually suggested after a medial branch block has given you **meaningful** pain relief. That result makes it more likely that your facet joints are the source of your pain.

If the block did not ease your pain, the facet joints may not be the main cause. Your specialist will then look at other possible causes and other kinds of treatment.

Your specialist will talk with you about whether RFA is right for you.`,
    },
    {
      kind: 'outcomes',
      heading: 'How it fits your treatment path',
      markdown: `RFA often comes at the end of a step-by-step path:

1. Long-lasting neck or back pain hints that the facet joints may be involved.
2. You have a [medial branch block](/procedures/medial-branch-block).
3. Your pain goes down in a meaningful way.
4. It becomes more likely that the facet joints are causing the pain.
5. Your specialist may suggest RFA for longer-term relief.

Keeping a careful pain diary after your block helps your specialist decide about this step.`,
    },
    {
      kind: 'comparison',
      heading: 'How it differs from a medial branch block',
      markdown: `The two are closely linked, but they do different jobs.

- A **medial branch block** is mostly a test. It stops the pain message for a short time, to check whether the facet joints are the cause.
- **Radiofrequency ablation** is mostly a treatment. It uses heat on the same nerves, to try to give relief that lasts longer.

A simple way to remember it: the block helps **confirm**, and the ablation helps **extend** relief.`,
    },
    {
      kind: 'risks',
      heading: 'Risks, preparation and recovery',
      markdown: `Like any procedure, RFA has possible side effects and risks. Your specialist will explain them, and how to prepare and what recovery looks like, before you decide.

Please ask about anything you are unsure of. You never have to agree to a procedure until you feel ready.`,
    },
    {
      kind: 'other',
      heading: 'Questions to ask your specialist',
      markdown: `You might like to ask:

- Why do you think RFA could help me?
- What did my medial branch block show?
- What should I expect on the day and afterwards?
- What other choices do I have?

To talk to us, call Harbour Spine Clinic on (617) 555-0142 or email hello@harbourspine.example. You can also read our [common questions](/faq) or go back to the [medial branch block](/procedures/medial-branch-block) page.`,
    },
  ],
}
