import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { groupByFirstTopic } from '@/lib/content/group-by-first-topic'
import {
  facetJointDisease,
  faqs,
  home,
  medialBranchBlock,
  radiofrequencyAblation,
  siteSettings,
  type SectionKind,
} from '@/payload/seed/content'

const ARTICLE_PATH = path.resolve(process.cwd(), '../shared/reference/medial-branch-block-article.txt')
const article = fs.existsSync(ARTICLE_PATH) ? fs.readFileSync(ARTICLE_PATH, 'utf8') : null

const ALL_KINDS: SectionKind[] = [
  'what-it-is',
  'candidates',
  'symptoms',
  'how-it-is-done',
  'diagnostic-or-treatment',
  'relief-duration',
  'outcomes',
  'benefits',
  'risks',
  'recovery',
  'comparison',
  'when-to-see-specialist',
  'other',
]

const ALLOWED_LINKS = new Set([
  '/procedures/medial-branch-block',
  '/procedures/radiofrequency-ablation',
  '/conditions/facet-joint-disease',
  '/faq',
  '/portal',
  '/',
])

/** Every string anywhere inside a value (objects, arrays). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

const allSeeds = { medialBranchBlock, radiofrequencyAblation, facetJointDisease, faqs, home, siteSettings }
const allTexts = strings(allSeeds)
const markdownTexts = [
  ...[medialBranchBlock, radiofrequencyAblation, facetJointDisease].flatMap((p) => p.sections.map((s) => s.markdown)),
  ...faqs.map((f) => f.answerMarkdown),
  home.markdown,
]

/** The MBB page and the FAQs: the text that must teach every fact of the article. */
const teachingText = strings([medialBranchBlock, faqs]).join('\n').toLowerCase()

/**
 * Key facts of the article. Each fact passes when at least one of its alternatives is found in the
 * MBB page + FAQ text (lowercased).
 */
const FACTS: [fact: string, ...alternatives: RegExp[]][] = [
  // introduction and what it is
  ['chronic back or neck pain that keeps coming back', /keeps coming back|keep coming back/],
  ['several kinds of spine injection to choose from', /kinds of spine injection|types of spine injection/],
  ['it targets the medial branch nerves', /medial branch nerves/],
  ['those nerves carry pain signals to the brain', /to (your|the) brain/],
  ['facet joints are small joints at the back of the spine', /small joints at the back of (your|the) spine/],
  ['facet joints give stability', /steady|stabil/],
  ['facet joints allow movement', /let it move|movement/],
  ['it can identify whether facet joints are the pain source', /facet joints are (the|causing)|pain (really )?coming from the facet joints/],
  ['it may give short-term relief', /short-term relief/],
  ['it is not just another injection', /just one more injection|not just another/],
  ['facet irritation from wear and tear', /wear and tear/],
  ['facet irritation from arthritis', /arthritis/],
  ['facet irritation from inflammation', /inflammation/],
  ['facet irritation from repetitive strain', /again and again|repetitive/],
  ['irritated facets cause ongoing pain and stiffness', /pain and stiffness/],
  ['it focuses on one pathway rather than treating broadly', /one pain pathway|one pathway/],
  ['three-step logic: facet joints may be the source', /might be where the pain starts|may be the (pain )?source/],
  ['three-step logic: the injection tests whether blocking the nerves reduces pain', /to test whether/],
  ['it narrows the source rather than symptoms or imaging alone', /imaging/],
  ['link to facet joint disease', /\(\/conditions\/facet-joint-disease\)/],
  // candidates
  ['axial pain', /axial/],
  ['axial means centred in neck or back, not shooting down a limb', /arm or a leg|arm or leg/],
  ['chronic neck pain', /chronic\) neck pain|chronic neck pain/],
  ['chronic lower back pain', /lower back/],
  ['worse with twisting', /twist/],
  ['worse with arching backward', /bend backwards|arching/],
  ['stiffness after sitting, sleeping or standing too long', /sitting, lying in bed or standing/],
  ['not improved enough with conservative treatment', /conservative/],
  ['less useful: large disc herniation', /herniat/],
  ['less useful: severe nerve root compression', /nerve root/],
  ['less useful: classic sciatica', /sciatica/],
  ['less useful: pain sources outside the facet joints', /other than the facet joints|outside the facet joints/],
  ['match the procedure to the likeliest pain generator', /pain generator/],
  // symptoms
  ['localised pain on one or both sides of the spine', /one side of the spine or both|either side of the spine|one or both sides/],
  ['neck pain worse with rotation', /rotation/],
  ['neck pain worse with extension', /extension/],
  ['morning stiffness or after inactivity', /morning/],
  ['pain standing for long periods', /standing for a long time/],
  ['mechanical rather than electric or shooting', /mechanical/],
  ['electric or shooting pain contrast', /electric or shooting/],
  ['flares with repetitive motion', /flares? up when you repeat|repeat the same movement/],
  ['pain getting up from a seat', /stand up from a chair|getting up/],
  ['pain leaning backward', /lean back/],
  ['reduced range of motion', /range of motion/],
  ['soreness after activity', /soreness after/],
  ['improves somewhat with rest', /eases a little with rest/],
  // how it is done
  ['outpatient procedure', /outpatient/],
  ['imaging guidance', /imaging/],
  ['positioned so the area can be reached safely', /reach the area safely/],
  ['skin cleaned and prepared', /skin is cleaned/],
  ['numbing medicine on the skin', /numbing/],
  ['imaging helps place the needle accurately', /guides the needle/],
  ['medicine injected near the targeted nerves', /injected close to the medial branch nerves|injected near/],
  ['monitored briefly afterwards', /watch you for a short time|monitored/],
  ['home the same day', /same day|same-day/],
  ['targeted', /targeted/],
  ['minimally invasive', /minimally invasive/],
  ['often used to confirm the pain source', /\*\*confirm\*\* where the pain comes from/],
  ['may guide the next step', /what to do next/],
  // diagnostic or treatment
  ['primarily diagnostic', /diagnostic/],
  ['may also give temporary relief', /ease pain for a while|temporary/],
  ['a large drop in pain is a strong clue', /strong clue/],
  ['avoids guesswork', /guesswork/],
  ['confirms a treatment pathway', /treatment path/],
  ['shows candidacy for a longer-lasting procedure', /longer-lasting/],
  ['part of a non-surgical approach, avoid jumping into surgery', /non-surgical/],
  ['avoid rushing into surgery', /rush into surgery/],
  // relief duration
  ['relief varies between patients', /differs from one person to the next|different for each person/],
  ['only a short period of relief', /relief for only a short time/],
  ['several hours of reduced pain', /a few hours of less pain|several hours/],
  ['temporary improvement confirms the diagnosis', /brief improvement that is enough to back up the diagnosis/],
  ['mild reduction rather than full relief', /small drop in pain/],
  ['it does not need long-term relief to be useful', /does not have to give long-term relief/],
  ['the real value is the information', /real worth is what it tells/],
  ['relief for the expected period implicates the facets', /as long as expected/],
  ['the better question: did it reduce usual pain enough to confirm', /drop enough/],
  // outcomes
  ['next step aims for longer relief', /aims for longer relief|longer-lasting relief/],
  ['radiofrequency ablation is the usual next step', /radiofrequency ablation/],
  ['facet ablation / rhizotomy', /rhizotomy/],
  ['link to the RFA page', /\(\/procedures\/radiofrequency-ablation\)/],
  ['pathway: chronic pain suggests facet involvement', /hints that the facet joints may be involved/],
  ['pathway: pain decreases meaningfully', /goes down in a meaningful way/],
  ['pathway: facet-mediated pain becomes more likely', /more likely that the facet joints/],
  ['pathway: RFA for longer-term relief', /longer-term relief/],
  ['still useful if it does not relieve pain', /still done something useful|still done a useful job/],
  ['negative: facets are not the main source', /not the main cause/],
  ['negative: another structure may cause the pain', /another part of your body/],
  ['negative: additional evaluation needed', /more checks/],
  ['negative: a different treatment may be better', /different kind of treatment/],
  ['alternative source: discs', /discs?\b/],
  ['alternative source: nerve compression', /squeezed \(compressed\) nerve|nerve compression/],
  ['alternative source: sacroiliac joint', /sacroiliac/],
  ['alternative source: muscular pain', /muscle/],
  ['alternative source: other spinal structures', /other parts of the spine/],
  ['ruling something out keeps the plan moving', /rul(es|ing) something out/],
  // benefits
  ['more precise diagnosis', /more exact diagnosis/],
  ['targeted evaluation of facet pain', /focused check/],
  ['better decisions about next treatment', /better-informed choices/],
  ['avoid generalised or less relevant treatment', /too broad/],
  ['helps decide whether RFA may help', /whether radiofrequency ablation may work/],
  ['more focused than guessing', /more focused than/],
  ['clarifies the source of chronic pain', /make clear where/],
  ['reduces uncertainty', /not knowing/],
  ['more strategic treatment plan', /strategy|strategic/],
  // risks
  ['soreness at the injection site', /soreness where the needle went in/],
  ['temporary discomfort', /discomfort/],
  ['mild swelling', /swelling/],
  ['brief numbness', /numbness/],
  ['temporary increase in pain before improvement', /worse for a while before it gets better/],
  ['infection', /infection/],
  ['bleeding', /bleeding/],
  ['allergic reaction', /allergic/],
  ['medication-related side effects', /side effects from the medicines/],
  ['incomplete pain relief', /only partial/],
  ['no diagnostic benefit if results unclear', /results are unclear/],
  ['goal is accurate information, not only comfort', /accurate information/],
  // recovery
  ['recovery is usually straightforward', /recovery is usually simple/],
  ['light activity unless told otherwise', /light activities/],
  ['short observation period', /short time being watched/],
  ['monitor pain response carefully', /keep a close eye/],
  ['pay attention to usual pain triggers', /usually set off your pain/],
  ['notice whether daily movement is easier', /everyday movement feels easier/],
  ['keep a pain diary for several hours', /pain diary/],
  ['avoid overexertion the same day', /not overdo/],
  ['report how much relief and how long', /how much relief you had and how long it lasted/],
  ['monitoring helps interpret the result', /more accurately|accurately/],
  // comparison
  ['block temporarily blocks the pain signal', /stops the pain message for a short time/],
  ['RFA is often therapeutic', /therapeutic/],
  ['RFA uses heat', /heat/],
  ['confirm vs extend', /\*\*extend\*\*|helps extend/],
  // when to see a specialist
  ['pain ongoing, recurring or interfering with daily life', /daily life/],
  ['pain lasting weeks or months', /weeks or months/],
  ['symptoms keep returning', /keep returning/],
  ['conservative care has not helped enough', /has not done enough|has not helped enough/],
  ['still do not know the cause', /still not sure what is causing/],
  ['motion, posture or daily activity trigger pain', /posture/],
  ['want a more targeted plan', /more targeted treatment plan/],
  ['frustration comes from having no clear diagnosis', /frustrated/],
  ['useful when the next step needs to be more precise', /next step has to be more exact|more precise/],
  // final thoughts and FAQs
  ['not a generic pain shot', /pain shot/],
  ['clarity can be as valuable as the relief', /worth as much as the short-term relief/],
  ['different from an epidural steroid injection', /epidural steroid injection/],
  ['epidurals are for irritated nerves and radiating pain', /radiat/],
  ['recovery is mild compared with surgery', /compared with surgery/],
  ['not a permanent cure', /permanent cure/],
]

const ARTICLE_FAQS: [label: string, question: RegExp][] = [
  ['what is it used for', /what is a medial branch block for|used for/i],
  ['same as an epidural steroid injection?', /epidural steroid injection/i],
  ['how long does it last', /how long/i],
  ['what happens if it works', /what happens if .*works/i],
  ['is recovery difficult', /recover/i],
  ['can it cure chronic back pain', /cure/i],
]

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // markdown link -> its text
    .replace(/^\s*\d+\.\s+/gm, ' ') // numbered list markers
    .replace(/[\u2018\u2019']/g, '') // apostrophes: don't -> dont
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
}

const N = 8

function ngrams(tokens: string[], n: number): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '))
  return out
}

function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1])
}

describe('seed content: coverage of the article', () => {
  it(`lists at least 60 key facts`, () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(60)
  })

  it.each(FACTS.map((f) => [f[0], f.slice(1) as RegExp[]] as const))('teaches: %s', (_fact, alternatives) => {
    const found = alternatives.some((re) => re.test(teachingText))
    expect(found, `none of ${alternatives.map(String).join(' | ')} found in the MBB page or FAQs`).toBe(true)
  })
})

describe('seed content: written in our own words', () => {
  const copyCheckName =
    article === null
      ? `own-words check SKIPPED: reference article not found at ${ARTICLE_PATH}`
      : `shares no run of ${N} consecutive words with the article`
  it.skipIf(article === null)(copyCheckName, () => {
    const articleGrams = ngrams(words(article ?? ''), N)
    const copied: string[] = []
    for (const text of allTexts) {
      for (const gram of ngrams(words(text), N)) if (articleGrams.has(gram)) copied.push(gram)
    }
    expect(copied, 'phrases copied from the article').toEqual([])
  })

  it("never names the article's clinic", () => {
    for (const text of allTexts) expect(text).not.toMatch(/mountain spine/i)
  })

  it('uses the Harbour Spine Clinic details', () => {
    expect(siteSettings.clinicName).toBe('Harbour Spine Clinic')
    expect(siteSettings.phone).toBe('(617) 555-0142')
    expect(siteSettings.email).toBe('hello@harbourspine.example')
    expect(siteSettings.address).toBe('200 Atlantic Avenue, Suite 300, Boston, MA 02110')
    expect(siteSettings.timeZone).toBe('America/New_York')
    expect(siteSettings.dateFormatRegion).toBe('US')
  })
})

describe('seed content: structure', () => {
  it('the MBB page has one section of every kind (two of "other": the practical facts and the key points)', () => {
    expect(medialBranchBlock.slug).toBe('medial-branch-block')
    const kinds = medialBranchBlock.sections.map((s) => s.kind)
    for (const kind of ALL_KINDS) expect(kinds.filter((k) => k === kind), kind).toHaveLength(kind === 'other' ? 2 : 1)
    expect(kinds).toHaveLength(ALL_KINDS.length + 1)
  })

  it('the MBB page gives the practical facts a patient looks for before booking', () => {
    const section = medialBranchBlock.sections.find((s) => /before you book/i.test(s.heading))
    expect(section, 'a "Before you book" section').toBeDefined()
    const text = section!.markdown.toLowerCase()
    const facts: [string, RegExp][] = [
      ['time at the clinic', /two hours/],
      ['no driving, bring an adult', /do not drive[\s\S]*bring an adult/],
      ['blood thinners: ask, never stop on your own', /blood[\s\S]*do not stop or change it on your own/],
      ['eating and drinking', /light meal/],
      ['why two blocks', /why two blocks[\s\S]*second block/],
      ['80% in each of two blocks', /80%[^.]*two blocks/],
      ['50% in one block', /50%[^.]*one block/],
      ['a tappable phone number', /\(617\) 555-0142/],
    ]
    for (const [fact, re] of facts) expect(text, fact).toMatch(re)
    const howItIsDone = medialBranchBlock.sections.findIndex((s) => s.kind === 'how-it-is-done')
    expect(medialBranchBlock.sections.indexOf(section!), 'right after how the block is done').toBe(howItIsDone + 1)
  })

  it('the MBB candidates section covers who it suits and who it helps less', () => {
    const candidates = medialBranchBlock.sections.find((s) => s.kind === 'candidates')!
    expect(candidates.markdown.match(/^### /gm)).toHaveLength(2)
  })

  it('the RFA page is short and links back to the MBB page', () => {
    expect(radiofrequencyAblation.slug).toBe('radiofrequency-ablation')
    expect(radiofrequencyAblation.sections.length).toBeGreaterThanOrEqual(5)
    expect(radiofrequencyAblation.sections.length).toBeLessThanOrEqual(7)
    const links = radiofrequencyAblation.sections.flatMap((s) => linkTargets(s.markdown))
    expect(links).toContain('/procedures/medial-branch-block')
  })

  it('the facet joint disease page links to both procedures', () => {
    expect(facetJointDisease.slug).toBe('facet-joint-disease')
    const links = facetJointDisease.sections.flatMap((s) => linkTargets(s.markdown))
    expect(links).toContain('/procedures/medial-branch-block')
    expect(links).toContain('/procedures/radiofrequency-ablation')
    expect(facetJointDisease.relatedProcedureSlugs).toEqual(['medial-branch-block', 'radiofrequency-ablation'])
  })

  it('related slugs point at seeded pages', () => {
    expect(medialBranchBlock.relatedConditionSlugs).toEqual(['facet-joint-disease'])
    expect(radiofrequencyAblation.relatedConditionSlugs).toEqual(['facet-joint-disease'])
    const procedures = new Set([medialBranchBlock.slug, radiofrequencyAblation.slug])
    for (const faq of faqs) for (const slug of faq.procedureSlugs) expect(procedures.has(slug), slug).toBe(true)
  })

  it('every internal link and navigation target is a known page', () => {
    const targets = [
      ...markdownTexts.flatMap(linkTargets),
      ...siteSettings.navigation.map((n) => n.href),
      ...siteSettings.footerLinks.map((n) => n.href),
    ]
    expect(targets.length).toBeGreaterThan(0)
    for (const target of targets) expect(ALLOWED_LINKS.has(target), target).toBe(true)
  })

  it('the MBB page links to the RFA and facet joint disease pages', () => {
    const links = medialBranchBlock.sections.flatMap((s) => linkTargets(s.markdown))
    expect(links).toContain('/procedures/radiofrequency-ablation')
    expect(links).toContain('/conditions/facet-joint-disease')
  })

  it('the home page links to every page and the portal', () => {
    const links = linkTargets(home.markdown)
    for (const target of ['/procedures/medial-branch-block', '/procedures/radiofrequency-ablation', '/conditions/facet-joint-disease', '/faq', '/portal']) {
      expect(links).toContain(target)
    }
  })

  it('navigation has the six expected entries in order', () => {
    expect(siteSettings.navigation.map((n) => n.href)).toEqual([
      '/',
      '/procedures/medial-branch-block',
      '/procedures/radiofrequency-ablation',
      '/conditions/facet-joint-disease',
      '/faq',
      '/portal',
    ])
  })

  it('markdown stays within the allowed subset', () => {
    for (const md of markdownTexts) {
      for (const line of md.split('\n')) {
        expect(line, 'only ### headings').not.toMatch(/^#{1,2} |^#{4,}/)
        expect(line, 'no HTML').not.toMatch(/<[a-z/]/i)
        expect(line, 'no images').not.toMatch(/!\[/)
        expect(line, 'no tables').not.toMatch(/^\s*\|/)
        expect(line, 'no * bullets').not.toMatch(/^\s*\* /)
        expect(line.replace(/\*\*/g, ''), 'no single-* emphasis').not.toMatch(/\*/)
      }
    }
  })

  it('all six FAQs from the article are present, in order 1-6, tagged to the MBB', () => {
    for (const [i, [label, re]] of ARTICLE_FAQS.entries()) {
      const faq = faqs.find((f) => f.order === i + 1)
      expect(faq, label).toBeDefined()
      expect(faq!.question, label).toMatch(re)
      expect(faq!.procedureSlugs).toEqual(['medial-branch-block'])
    }
  })

  it('has 3-4 extra FAQs, some tagged to radiofrequency ablation, with unique orders', () => {
    expect(faqs.length).toBeGreaterThanOrEqual(9)
    expect(faqs.length).toBeLessThanOrEqual(10)
    expect(new Set(faqs.map((f) => f.order)).size).toBe(faqs.length)
    expect(faqs.some((f) => f.procedureSlugs.includes('radiofrequency-ablation'))).toBe(true)
  })

  it('no FAQ answer appears twice, on the FAQ page or in the seed', () => {
    const answers = faqs.map((f) => f.answerMarkdown.trim().toLowerCase())
    expect(new Set(answers).size, 'two FAQs share an answer').toBe(answers.length)
    const shown = groupByFirstTopic(faqs, (f) => f.procedureSlugs, (slug) => slug).flatMap((group) => group.items)
    expect(shown.map((f) => f.order).sort((a, b) => a - b)).toEqual(faqs.map((f) => f.order).sort((a, b) => a - b))
  })

  it('FAQ answers are 2-4 sentences', () => {
    for (const faq of faqs) {
      const plain = faq.answerMarkdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      const sentences = plain.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0)
      expect(sentences.length, faq.question).toBeGreaterThanOrEqual(2)
      expect(sentences.length, faq.question).toBeLessThanOrEqual(4)
    }
  })
})
