import type { FaqSeed } from './types'

/**
 * Frequently asked questions. Orders 1-6 are the six questions at the end of the clinic's
 * reference article; 7-10 are answered by the body of that article.
 */
export const faqs: FaqSeed[] = [
  {
    order: 1,
    question: 'What is a medial branch block for?',
    answerMarkdown:
      'Its main job is to find out whether your pain starts in the facet joints of your spine. It can also ease your pain for a while. Read more about the [medial branch block](/procedures/medial-branch-block).',
    procedureSlugs: ['medial-branch-block'],
  },
  {
    order: 2,
    question: 'Is a medial branch block the same thing as an epidural steroid injection?',
    answerMarkdown:
      'No, they aim at different things. A medial branch block targets the small nerves that send pain messages from the facet joints. An epidural steroid injection is more often used when spinal nerves are irritated and the pain spreads out (radiates) away from the spine.',
    procedureSlugs: ['medial-branch-block'],
  },
  {
    order: 3,
    question: 'How long will the relief from the block last?',
    answerMarkdown:
      'It is different for each person. Often the main aim is not long relief. It is to see whether your usual pain pattern drops enough to confirm what is causing it.',
    procedureSlugs: ['medial-branch-block'],
  },
  {
    order: 4,
    question: 'What happens if the block works?',
    answerMarkdown:
      'If your pain goes down a lot, your doctor may suggest [radiofrequency ablation](/procedures/radiofrequency-ablation). This is a next step that aims to give relief that lasts longer.',
    procedureSlugs: ['medial-branch-block'],
  },
  {
    order: 5,
    question: 'Is it hard to recover from?',
    answerMarkdown:
      'Usually not. Compared with surgery, recovery is gentle, and most people go home the same day. The main job afterwards is to keep track of how your pain responds to the injection.',
    procedureSlugs: ['medial-branch-block'],
  },
  {
    order: 6,
    question: 'Can a medial branch block cure my back pain?',
    answerMarkdown:
      'It is not usually seen as a permanent cure. It is best thought of as a test that may also give short-term relief. Its value lies mostly in confirming where the pain comes from and guiding your next treatment step.',
    procedureSlugs: ['medial-branch-block'],
  },
  {
    order: 7,
    question: 'Why keep a pain diary after the block?',
    answerMarkdown:
      'The hours after the block tell your specialist whether it worked. Write down how your pain feels during the things that usually set it off, how much relief you had and how long it lasted. These notes help your specialist read the result accurately. If you have an appointment with us, you can keep the diary in the [patient portal](/portal).',
    procedureSlugs: ['medial-branch-block'],
  },
  {
    order: 8,
    question: 'What if I feel no relief after the block?',
    answerMarkdown:
      'The block has still done a useful job. No relief may suggest that the facet joints are not the main cause, and that something else, such as a disc, a squeezed nerve, the sacroiliac joint or a muscle, may be. Your specialist may suggest more checks or a different kind of treatment.',
    procedureSlugs: ['medial-branch-block'],
  },
  {
    order: 9,
    question: 'How is a medial branch block different from radiofrequency ablation?',
    answerMarkdown:
      'A medial branch block is mostly a test: it stops the pain message for a short time to check whether the facet joints are the cause. [Radiofrequency ablation](/procedures/radiofrequency-ablation) is mostly a treatment: it uses heat to disrupt those nerves and aims for longer-lasting relief. In short, the block helps confirm and the ablation helps extend relief.',
    procedureSlugs: ['medial-branch-block', 'radiofrequency-ablation'],
  },
  {
    order: 10,
    question: 'When is radiofrequency ablation suggested?',
    answerMarkdown:
      'Usually after a [medial branch block](/procedures/medial-branch-block) has eased your pain in a meaningful way. That makes it more likely that your facet joints are causing the pain. Your specialist will explain whether it is right for you, and what it involves.',
    procedureSlugs: ['radiofrequency-ablation', 'medial-branch-block'],
  },
]
