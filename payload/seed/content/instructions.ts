import type { InstructionItem } from '@/lib/instructions'

type InstructionSeed = Omit<InstructionItem, 'id' | 'phrasing'> & { order: number; phrasing: NonNullable<InstructionItem['phrasing']> }

/** Pre-procedure instructions for a medial branch block, in the clinic's own words. */
export const medialBranchBlockInstructions: InstructionSeed[] = [
  {
    order: 10,
    phrasing: 'by',
    category: 'medicines',
    timing: { kind: 'days-before', days: 7, time: '12:00' },
    title: 'Ask about your blood thinners',
    details:
      'If you take a medicine that thins the blood, do not stop or change it on your own. Ask the doctor who prescribes it what to do before the block, and tell the clinic what they said.',
  },
  {
    order: 20,
    phrasing: 'by',
    category: 'transport',
    timing: { kind: 'days-before', days: 2 },
    title: 'Arrange a lift home',
    details:
      'Ask a friend or relative to drive you home. Part of your back or neck may feel numb for a few hours, so please do not drive yourself on the day.',
  },
  {
    order: 30,
    phrasing: 'from',
    category: 'medicines',
    timing: { kind: 'hours-before', hours: 6 },
    title: 'No pain medicine for six hours',
    details:
      'Skip pain tablets for six hours before your appointment, so the test measures your usual pain. Keep taking your other regular medicines unless the clinic has told you otherwise.',
  },
  {
    order: 40,
    phrasing: 'on-the-day',
    category: 'food-and-drink',
    timing: { kind: 'morning-of', time: '07:00' },
    title: 'Eat and drink as usual',
    details: 'A light meal and your usual drinks are fine unless the clinic has told you otherwise.',
  },
  {
    order: 50,
    phrasing: 'on-the-day',
    category: 'what-to-bring',
    timing: { kind: 'morning-of', time: '07:30' },
    title: 'Come with the pain you want to test',
    details:
      'The block is a test, so arrive with your everyday pain. Think of one activity that reliably brings it on (for example standing, twisting or leaning back): you will score your pain during it before and after the block.',
  },
  {
    order: 60,
    phrasing: 'on-the-day',
    category: 'what-to-bring',
    timing: { kind: 'morning-of', time: '07:30' },
    title: 'Wear loose clothes and bring your phone',
    details:
      'Wear loose, comfortable clothing. Bring a list of your medicines and a charged phone, so you can fill in your pain diary in the portal.',
  },
  {
    order: 70,
    phrasing: 'at',
    category: 'what-to-bring',
    timing: { kind: 'at-appointment' },
    title: 'What to expect at the clinic',
    details:
      'You lie in a comfortable position, the skin is cleaned and numbed, and the specialist uses X-ray guidance to place a thin needle near the small nerves of the painful joints. It usually takes under an hour, and you go home the same day after a short rest.',
  },
  {
    order: 80,
    phrasing: 'from',
    category: 'after-the-block',
    timing: { kind: 'hours-after', hours: 1 },
    title: 'Keep your pain diary',
    details:
      'Score your pain in the portal diary at each time shown, during the activity that usually hurts. Take it easy for the rest of the day and avoid heavy exertion.',
  },
  {
    order: 90,
    phrasing: 'at',
    category: 'after-the-block',
    timing: { kind: 'next-morning', time: '09:00' },
    title: 'Add your next-morning score',
    details:
      'Record how your pain feels the next morning and submit the diary. Call the clinic if the injection site becomes hot, red or more swollen, or if you have a fever.',
  },
]
