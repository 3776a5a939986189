import type { ConditionSeed } from './types'

/**
 * Patient page for facet joint disease: what facet joints are, what irritates them, how facet pain
 * tends to feel, how the medial branch block helps diagnose it and where treatment goes next.
 */
export const facetJointDisease: ConditionSeed = {
  slug: 'facet-joint-disease',
  title: 'Facet joint disease',
  summary:
    'When the small joints at the back of your spine become irritated, they can cause long-lasting neck or back pain and stiffness. Here is how it feels, how it is found and what can help.',
  metaDescription:
    'Facet joint disease explained simply: what facet joints are, why they become painful, common signs, and how a medial branch block helps find the cause.',
  relatedProcedureSlugs: ['medial-branch-block', 'radiofrequency-ablation'],
  sections: [
    {
      kind: 'what-it-is',
      heading: 'What are facet joints?',
      markdown: `Facet joints are small joints at the back of your spine. They help keep your spine steady and let it bend and turn.

Tiny nerves, called **medial branch nerves**, carry pain messages from these joints to your brain.

"Facet joint disease" means these joints have become irritated and are causing pain. It can be one reason for neck or back pain that goes on for a long time.`,
    },
    {
      kind: 'other',
      heading: 'What irritates facet joints?',
      markdown: `Common reasons are:

- wear and tear over the years
- arthritis
- inflammation (swelling and irritation)
- repetitive strain, from doing the same movement again and again

An irritated facet joint can lead to pain and stiffness that keeps going.`,
    },
    {
      kind: 'symptoms',
      heading: 'How facet joint pain can feel',
      markdown: `It is not the same for everyone, but common signs are:

- pain in one area of the back, on either side of the spine, or both
- neck pain that gets worse when you turn your head or tip it back
- stiffness in the morning, or after sitting or resting for a while
- pain when you stand for a long time, lean back or twist
- an aching, "mechanical" pain, rather than an electric or shooting one
- pain that flares with repeated movement and eases a little with rest

The pain usually stays in the neck or back. It does not mainly shoot down an arm or a leg.`,
    },
    {
      kind: 'diagnostic-or-treatment',
      heading: 'How it is diagnosed',
      markdown: `Your specialist will ask about your symptoms and may look at scans (imaging). A [medial branch block](/procedures/medial-branch-block) adds a direct test, so the answer does not rest on symptoms and scans alone.

In the block, medicine is placed near the medial branch nerves to quieten them for a short time. If your usual pain drops a lot, your facet joints are likely to be involved.

Keeping a pain diary for several hours after the block helps your specialist understand the result.`,
    },
    {
      kind: 'outcomes',
      heading: 'Treatment path',
      markdown: `- **If the block helps:** your specialist may suggest [radiofrequency ablation](/procedures/radiofrequency-ablation). It uses heat to disrupt the medial branch nerves and aims for longer-lasting relief.
- **If the block does not help:** the facet joints may not be the main cause. Your specialist may look at other sources, such as the discs, a squeezed nerve, the sacroiliac joint or the muscles, and suggest a different kind of treatment.

Either way, the result helps your treatment plan move in the right direction.`,
    },
    {
      kind: 'when-to-see-specialist',
      heading: 'When to get help',
      markdown: `Think about seeing a spine specialist if your neck or back pain has lasted for weeks or months, keeps coming back, or gets in the way of daily life. This is also worth doing if simpler care has not helped enough, or you are still not sure what is causing your pain.

Call Harbour Spine Clinic on (617) 555-0142, or read our [common questions](/faq).`,
    },
  ],
}
