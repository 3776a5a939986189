import type { Payload } from 'payload'

import { facetJointDisease, faqs, home, medialBranchBlock, radiofrequencyAblation, siteSettings } from './content'
import type { ConditionSeed, ProcedureSeed, SectionSeed } from './content/types'
import { markdownToRichText, type InternalTargets } from './richText'
import { zonedDateTime } from '@/lib/dates'
import { loadClinicFormats } from '../globals/clinicFormats'
import { medialBranchBlockInstructions } from './content/instructions'
import { seedConsentDocuments } from './consentDocuments'
import { seedDiaries } from './diary'
import { seedOutcomes } from './outcomes'
import { seedDemoCohort } from './cohort'
import { seedSpanish } from './translations'
import { DEMO_PATIENTS } from './patients'
import { DEMO_STAFF } from './staff'
import { enrolledFactorData } from '../auth/secondFactor/store'

const context = { disableRevalidate: true }

export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  return totalDocs === 0
}

/**
 * Demo staff share one authenticator secret (DEMO_TOTP_SECRET, generated into the ignored .env or per
 * test run) so that a developer or a test can pass the second step; real staff enrol at first sign-in.
 */
async function seedStaff(payload: Payload, password: string, totpSecret: string | undefined) {
  for (const member of DEMO_STAFF) {
    const factor = totpSecret ? enrolledFactorData(payload, totpSecret) : {}
    await payload.create({ collection: 'users', data: { ...member, password, ...factor }, context })
  }
}

/** Creates empty drafts first so that pages can link to each other by id. */
async function reservePages(payload: Payload): Promise<InternalTargets> {
  const targets: InternalTargets = new Map()
  for (const page of [medialBranchBlock, radiofrequencyAblation]) {
    const doc = await payload.create({ collection: 'procedures', draft: true, data: { title: page.title, slug: page.slug, summary: page.summary }, context })
    targets.set(`/procedures/${page.slug}`, { relationTo: 'procedures', value: doc.id })
  }
  const condition = await payload.create({
    collection: 'conditions',
    draft: true,
    data: { title: facetJointDisease.title, slug: facetJointDisease.slug, summary: facetJointDisease.summary },
    context,
  })
  targets.set(`/conditions/${facetJointDisease.slug}`, { relationTo: 'conditions', value: condition.id })
  return targets
}

async function toSections(payload: Payload, sections: SectionSeed[], targets: InternalTargets) {
  return Promise.all(
    sections.map(async ({ kind, heading, markdown }) => ({
      kind,
      heading,
      body: await markdownToRichText(payload, markdown, targets),
    })),
  )
}

function idsFor(slugs: string[], prefix: string, targets: InternalTargets) {
  return slugs.flatMap((slug) => {
    const target = targets.get(`${prefix}${slug}`)
    return target ? [target.value as number] : []
  })
}

async function publishProcedure(payload: Payload, page: ProcedureSeed, targets: InternalTargets) {
  await payload.update({
    collection: 'procedures',
    id: targets.get(`/procedures/${page.slug}`)!.value,
    data: {
      _status: 'published',
      summary: page.summary,
      sections: await toSections(payload, page.sections, targets),
      relatedConditions: idsFor(page.relatedConditionSlugs, '/conditions/', targets),
      meta: { description: page.metaDescription },
    },
    context,
  })
}

async function publishCondition(payload: Payload, page: ConditionSeed, targets: InternalTargets) {
  await payload.update({
    collection: 'conditions',
    id: targets.get(`/conditions/${page.slug}`)!.value,
    data: {
      _status: 'published',
      summary: page.summary,
      sections: await toSections(payload, page.sections, targets),
      relatedProcedures: idsFor(page.relatedProcedureSlugs, '/procedures/', targets),
      meta: { description: page.metaDescription },
    },
    context,
  })
}

/**
 * The empty drafts that reserved the pages' ids are not an editor's history: left in place, the admin's
 * version comparison would set the first published text against an empty page and mark it all as new.
 */
async function dropPlaceholderDrafts(payload: Payload, targets: InternalTargets) {
  for (const { relationTo, value } of targets.values()) {
    await payload.db.deleteVersions({
      collection: relationTo as 'procedures' | 'conditions',
      where: { and: [{ parent: { equals: value } }, { 'version._status': { equals: 'draft' } }] },
    })
  }
}

async function seedContent(payload: Payload): Promise<InternalTargets> {
  const targets = await reservePages(payload)
  await publishProcedure(payload, medialBranchBlock, targets)
  await publishProcedure(payload, radiofrequencyAblation, targets)
  await publishCondition(payload, facetJointDisease, targets)
  await dropPlaceholderDrafts(payload, targets)
  for (const faq of faqs) {
    await payload.create({
      collection: 'faqs',
      data: {
        _status: 'published',
        question: faq.question,
        answer: await markdownToRichText(payload, faq.answerMarkdown, targets),
        procedures: idsFor(faq.procedureSlugs, '/procedures/', targets),
        order: faq.order,
      },
      context,
    })
  }
  await payload.create({
    collection: 'pages',
    data: {
      _status: 'published',
      slug: 'home',
      title: home.title,
      heroHeading: home.heroHeading,
      heroText: home.heroText,
      body: await markdownToRichText(payload, home.markdown, targets),
      meta: { description: home.metaDescription },
    },
    context,
  })
  await payload.updateGlobal({ slug: 'site-settings', data: siteSettings, context })
  return targets
}

async function seedInstructions(payload: Payload, procedureId: number) {
  for (const { order, category, timing, phrasing, title, details } of medialBranchBlockInstructions) {
    const amount = 'days' in timing ? timing.days : 'hours' in timing ? timing.hours : undefined
    const time = 'time' in timing ? timing.time : undefined
    await payload.create({
      collection: 'instructions',
      data: { _status: 'published', order, category, title, details, procedure: procedureId, timing: { kind: timing.kind, amount, time, phrasing } },
      context,
    })
  }
}

async function seedPatients(payload: Payload, password: string, procedureId: number) {
  const specialist = await payload.find({ collection: 'users', where: { role: { equals: 'specialist' } }, limit: 1 })
  const now = new Date()
  const { timeZone } = await loadClinicFormats(payload)
  for (const { appointments, ...patient } of DEMO_PATIENTS) {
    const created = await payload.create({
      collection: 'patients',
      data: { ...patient, password, activatedAt: now.toISOString() },
      context,
    })
    for (const { daysFromNow, time, ...appointment } of appointments) {
      const [hour, minute] = time.split(':').map(Number)
      await payload.create({
        collection: 'appointments',
        data: {
          ...appointment,
          patient: created.id,
          specialist: specialist.docs[0]?.id,
          procedure: procedureId,
          scheduledAt: zonedDateTime(now, timeZone, { dayOffset: daysFromNow, hour, minute }).toISOString(),
        },
        context,
      })
    }
  }
}

/** Demo content and demo accounts for an empty database; never run against real data. */
export async function seedDemo(payload: Payload, { password, totpSecret }: { password: string; totpSecret?: string }): Promise<void> {
  await seedStaff(payload, password, totpSecret)
  const targets = await seedContent(payload)
  const { docs } = await payload.find({ collection: 'procedures', where: { slug: { equals: medialBranchBlock.slug } }, limit: 1 })
  await seedInstructions(payload, docs[0].id)
  await seedConsentDocuments(payload, docs[0].id)
  await seedPatients(payload, password, docs[0].id)
  await seedDiaries(payload, docs[0].id)
  const ablation = await payload.find({ collection: 'procedures', where: { slug: { equals: radiofrequencyAblation.slug } }, limit: 1 })
  await seedOutcomes(payload, ablation.docs[0].id)
  // The outcomes page's demo cohort; the test run asks for a small one (DEMO_COHORT_SIZE).
  const cohortSize = Number(process.env.DEMO_COHORT_SIZE ?? 24)
  if (Number.isInteger(cohortSize) && cohortSize > 0) {
    await seedDemoCohort(payload, { size: cohortSize, blockProcedureId: docs[0].id, ablationProcedureId: ablation.docs[0].id })
  }
  await seedSpanish(payload, targets, docs[0].id)
}
