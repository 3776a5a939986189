import type { ProcedureSeed } from './types'

/**
 * Patient page for the medial branch block (MBB). Teaches every fact of the clinic's reference
 * article, in our own plain words (reading age about 12).
 */
export const medialBranchBlock: ProcedureSeed = {
  slug: 'medial-branch-block',
  title: 'Medial branch block',
  summary:
    'A small, targeted injection that checks whether your facet joints are causing your neck or back pain. It can also ease the pain for a short time, and it helps decide your next step.',
  metaDescription:
    'What a medial branch block is, who it may help, how it is done, what the result means, risks, recovery and how it links to radiofrequency ablation.',
  relatedConditionSlugs: ['facet-joint-disease'],
  sections: [
    {
      kind: 'what-it-is',
      heading: 'What is a medial branch block?',
      markdown: `If you have neck or back pain that lasts a long time or keeps coming back, you may hear about several kinds of spine injection. It can be hard to know which one fits your symptoms. A medial branch block is one that many people read about.

It is a small injection, aimed very carefully. The medicine goes close to the **medial branch nerves**. These tiny nerves carry pain messages from your facet joints to your brain.

Your **facet joints** are small joints at the back of your spine. They help keep your spine steady and let it move. Our page on [facet joint disease](/conditions/facet-joint-disease) explains how these joints can lead to long-lasting spine pain.

### Why facet joints can hurt

Facet joints can become sore and irritated. Common reasons are:

- wear and tear over the years
- arthritis
- inflammation (swelling and irritation)
- strain from doing the same movement again and again

When this happens, you may have pain and stiffness that does not go away.

### The idea in three steps

1. Your facet joints might be where the pain starts.
2. The medial branch nerves carry that pain message.
3. The injection briefly quietens those nerves, to test whether your pain gets less.

### Why this is useful

The block does not treat pain everywhere at once. It looks at one pain pathway. This helps your specialist pin down where the pain comes from, instead of going on your symptoms or on scans (imaging) alone.

So it is not "just one more injection". It helps answer a key question: **is your pain really coming from the facet joints, or from something else?** Sometimes it also gives short-term relief.`,
    },
    {
      kind: 'candidates',
      heading: 'Who might a medial branch block help?',
      markdown: `### Who it may suit

It is often offered to people with **axial pain**. This means the pain sits mainly in the neck or the back. It does not mainly shoot down an arm or a leg.

It may suit you if you have:

- long-lasting (chronic) neck pain
- long-lasting pain in your lower back
- pain that gets worse when you twist, or when you bend backwards
- stiffness after sitting, lying in bed or standing for a long time
- pain that your doctor thinks may come from the facet joints
- symptoms that have not got better enough with simpler, "conservative" care

### Who it may help less

It may be less useful if your pain is mostly caused by:

- a large slipped (herniated) disc
- a nerve root that is badly squeezed (compressed)
- classic sciatica, where pain running down the leg is the main problem
- something other than the facet joints

This is why finding the right cause matters. Not every injection suits every kind of pain. The aim is to choose the procedure that fits the most likely source of your pain (doctors call this the "pain generator").`,
    },
    {
      kind: 'symptoms',
      heading: 'Signs that pain may come from the facet joints',
      markdown: `Facet joint pain is not exactly the same for everyone. But many people notice similar patterns.

People often describe:

- pain in one area of the back, on one side of the spine or both
- neck pain that gets worse when you turn your head (rotation) or tip it back (extension)
- stiffness first thing in the morning, or after resting for a while
- pain when standing for a long time
- an aching, "mechanical" pain, rather than an electric or shooting one
- pain that flares up when you repeat the same movement

Some people also notice:

- pain when they stand up from a chair
- pain when they lean back
- they cannot move as far as before (less range of motion)
- soreness after being active
- pain that eases a little with rest`,
    },
    {
      kind: 'how-it-is-done',
      heading: 'How the block is done',
      markdown: `The block is usually done as an outpatient (day) procedure, so you do not stay overnight. The specialist uses imaging to guide the needle.

### Step by step

1. You are helped into a position that lets the specialist reach the area safely.
2. Your skin is cleaned and made ready.
3. Numbing medicine is put into the skin.
4. Using the imaging pictures, the specialist guides the needle to exactly the right spot.
5. Medicine is injected close to the medial branch nerves being tested.
6. Staff watch you for a short time afterwards. Most people go home the same day.

### What makes it different

- It is **targeted**: it aims at particular nerves.
- It is **minimally invasive**: only a needle is used, with no surgery.
- It is often used to **confirm** where the pain comes from.
- It can help decide **what to do next** in your treatment.`,
    },
    {
      kind: 'other',
      heading: 'Before you book: the practical facts',
      markdown: `The short answers people ask us for before they book.

- **Time at the clinic:** allow about two hours in all. The injection itself usually takes well under an hour, then you rest while our staff check on you.
- **Driving:** do not drive for the rest of the day. Bring an adult who can take you home, or book a taxi with someone to go with you.
- **Blood thinners:** if you take a medicine that thins the blood, tell us when you book. Do not stop or change it on your own: the doctor who prescribes it will tell you what is safe.
- **Eating and drinking:** have a light meal and your usual drinks, unless we tell you otherwise.
- **Pain tablets:** skip pain medicine for about six hours before the block, so the test measures your usual pain. Keep taking your other medicines.
- **Why two blocks:** one block on its own can mislead, for example when pain eases by chance. A second block on another day, often with a numbing medicine that lasts a different length of time, shows whether the result holds.
- **How much relief counts:** many insurers, such as US Medicare, look for at least 80% less pain after each of two blocks. Other specialist guidance (from 2020) counts 50% or more after one block. Your specialist will tell you which rule applies to you.

Questions before you book? Call us on (617) 555-0142.`,
    },
    {
      kind: 'diagnostic-or-treatment',
      heading: 'Is it a test or a treatment?',
      markdown: `Mostly it is a test (a **diagnostic** injection). But it can also ease pain for a while.

The block is usually used to find out whether your facet joints really are causing your pain. If your pain drops a lot after the injection, your specialist has a strong clue. It suggests the medial branch nerves are involved.

### Why this matters

- It cuts down on guesswork.
- It can confirm which treatment path to follow.
- It helps show whether a treatment with longer-lasting effects, such as [radiofrequency ablation](/procedures/radiofrequency-ablation), might suit you.

If you would rather not rush into surgery, the block fits well into a wider plan of non-surgical pain care.`,
    },
    {
      kind: 'relief-duration',
      heading: 'How long does the relief last?',
      markdown: `It differs from one person to the next.

Some people have:

- relief for only a short time
- a few hours of less pain
- a brief improvement that is enough to back up the diagnosis
- a small drop in pain, rather than the pain going away completely

**Good to know:** the block does not have to give long-term relief to be useful.

Often, its real worth is what it tells your specialist. If your pain gets better for about as long as expected after the injection, the facet joints are probably involved.

So instead of asking "how long will it last?", a more helpful question is often: **did my normal pain drop enough for the diagnosis to be confirmed?**`,
    },
    {
      kind: 'outcomes',
      heading: 'What the result means',
      markdown: `### If the block works

If your pain eases in a meaningful way, your specialist may talk with you about a next step that aims for longer relief. This is often [radiofrequency ablation](/procedures/radiofrequency-ablation) (RFA), also called facet ablation or rhizotomy.

The path often looks like this:

1. Long-lasting pain hints that the facet joints may be involved.
2. You have a medial branch block.
3. Your pain goes down in a meaningful way.
4. It becomes more likely that the facet joints are causing the pain.
5. Radiofrequency ablation may be suggested for longer-term relief.

### If the block does not help

Even if your pain does not change, the block has still done something useful.

A "negative" result can point to one of these:

- your facet joints are not the main cause of your pain
- another part of your body may be causing it
- more checks are needed
- a different kind of treatment may suit you better

Other possible causes of the pain include:

- the discs between the bones of the spine
- a squeezed (compressed) nerve
- problems with the sacroiliac joint, where the spine meets the pelvis
- muscle pain
- other parts of the spine

It helps to know this before you start. Ruling something out is still worth having. It keeps your treatment plan heading the right way.`,
    },
    {
      kind: 'benefits',
      heading: 'Benefits',
      markdown: `Possible benefits include:

- a more exact diagnosis
- a focused check of whether the pain comes from the facet joints
- short-term pain relief for some people
- better-informed choices about your next treatment
- avoiding treatments that are too broad or do not fit your pain
- helping to show whether radiofrequency ablation may work for you

### Why many patients like it

- it is more focused than making a guess
- it can make clear where long-term pain is coming from
- it can ease the worry of not knowing
- it helps build a treatment plan with a clear strategy`,
    },
    {
      kind: 'risks',
      heading: 'Side effects and risks',
      markdown: `Any injection can have side effects and risks. This is true even though a medial branch block is seen as minimally invasive.

### Common, short-lived side effects

- soreness where the needle went in
- some discomfort for a short time
- a little swelling
- numbness for a short while
- pain that gets worse for a while before it gets better

### Less common but important risks

- infection
- bleeding
- an allergic reaction
- side effects from the medicines used
- pain relief that is only partial
- no clear answer about the cause, if the results are unclear

People usually cope best when they know beforehand that the aim is not only to feel better straight away. The aim is also to get accurate information.

If anything worries you after the block, such as a fever, or an injection site that becomes red, hot or more swollen, call Harbour Spine Clinic on (617) 555-0142. If you have trouble breathing or feel very unwell, call 911.`,
    },
    {
      kind: 'recovery',
      heading: 'Recovery and aftercare',
      markdown: `Recovery is usually simple.

Most people can expect:

- to go home on the same day
- to do light activities afterwards, unless told not to
- a short time being watched by staff before leaving
- to be asked to keep a close eye on how their pain responds

### Things your doctor may ask of you

- notice the things that usually set off your pain
- check whether everyday movement feels easier
- write in a pain diary for several hours
- take it easy and not overdo things on the day of the block
- tell the clinic how much relief you had and how long it lasted

### Why keeping track matters

Your notes help your specialist read your result more accurately. If you have an appointment with us, you can fill in your pain diary in the [patient portal](/portal).`,
    },
    {
      kind: 'comparison',
      heading: 'Medial branch block or radiofrequency ablation?',
      markdown: `The two are closely linked, but they are not the same thing.

**Medial branch block**

- usually a test (diagnostic)
- stops the pain message for a short time
- helps show whether the facet joints are causing the pain

**Radiofrequency ablation**

- usually a treatment (therapeutic)
- works by using heat to disrupt the nerves that carry the pain
- aims to give relief that lasts longer

An easy way to remember it: the block helps **confirm**, and the ablation helps **extend** relief. Read more about [radiofrequency ablation](/procedures/radiofrequency-ablation).`,
    },
    {
      kind: 'when-to-see-specialist',
      heading: 'When to see a spine specialist',
      markdown: `It is worth getting checked if your pain keeps going, keeps coming back, or gets in the way of daily life.

You might want to see a spine specialist if:

- your back or neck has hurt for weeks or months
- your symptoms keep returning
- simpler (conservative) care has not done enough
- you are still not sure what is causing your pain
- movement, posture or everyday tasks often set off your pain
- you would like a more targeted treatment plan

Many people feel frustrated. Often this is not because there are no treatments left to try, but because nobody has found a clear cause. A medial branch block can help when the next step has to be more exact.

To talk to us, call Harbour Spine Clinic on (617) 555-0142 or email hello@harbourspine.example.`,
    },
    {
      kind: 'other',
      heading: 'Key points',
      markdown: `- A medial branch block is not a general "pain shot". Instead, it is a targeted test that checks whether facet joints are behind your long-lasting neck or back pain.
- It helps narrow down where your pain comes from.
- It may ease your pain for a short time.
- It can help show whether radiofrequency ablation is a good next step.
- It supports a treatment plan built on a clear strategy rather than guesswork.

For the right person, a clear answer can be worth as much as the short-term relief. Still have questions? See our [common questions](/faq).`,
    },
  ],
}
