import type { HomeSeed } from './types'

/** Home page of the public site. */
export const home: HomeSeed = {
  title: 'Harbour Spine Clinic',
  heroHeading: 'Clear, calm help for neck and back pain',
  heroText:
    'We help people with long-lasting neck and back pain find out what is causing it, and choose the next step that fits.',
  metaDescription:
    'Harbour Spine Clinic in Boston helps people with long-lasting neck and back pain find the cause and plan treatment, including medial branch blocks.',
  markdown: `Living with neck or back pain can be tiring, especially when nobody can say what is causing it. At Harbour Spine Clinic, our specialists look carefully at your pain and help you find its source. Then we plan the next step with you, one step at a time.

### Medial branch blocks

A [medial branch block](/procedures/medial-branch-block) is a small, targeted injection. It checks whether the facet joints at the back of your spine are behind your pain. It may ease the pain for a short time, and the result helps decide what comes next, such as [radiofrequency ablation](/procedures/radiofrequency-ablation) for longer-lasting relief.

### Learn more

- [Medial branch block](/procedures/medial-branch-block)
- [Radiofrequency ablation](/procedures/radiofrequency-ablation)
- [Facet joint disease](/conditions/facet-joint-disease)
- [Common questions](/faq)

### Patient portal

If you have an appointment with us, you can [sign in to the patient portal](/portal). There you can read your instructions, sign your consent form and keep your pain diary.

### Contact us

Call (617) 555-0142, email hello@harbourspine.example, or visit us at 200 Atlantic Avenue, Suite 300, Boston, MA 02110.`,
}
