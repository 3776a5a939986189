import type { Payload } from 'payload'

import type { PathwayBlock, PathwayFollowUp } from '@/components/clinic/pathway'
import { relationId } from '@/lib/relations'
import type { Patient } from '@/payload-types'
import { actAs } from '../access'
import { nullUnlessUnavailable } from '../http/endpoint'
import { loadOutcomeThreshold } from '../globals/BlockAnalysisSettings'
import { followUpView } from '../outcomes/followUps'
import { loadClinicFormats } from '../globals/clinicFormats'
import type { Clinician } from './clinician'
import { loadReviewedBlocks } from './diaryReview'

export type Pathway = {
  patient: Patient
  blocks: PathwayBlock[]
  followUps: (PathwayFollowUp & { id: number })[]
  thresholdPercent: number
}

/**
 * One patient's pathway for the specialist's time line, read with the specialist's own access: every
 * submitted diary with its verdicts and decision, and every ablation follow-up with its scores judged
 * against the baseline at the clinic's threshold.
 */
export async function loadPathway(payload: Payload, clinician: Clinician, patientId: number, now = new Date()): Promise<Pathway | null> {
  const as = { ...actAs(clinician) }
  const patient = await payload.findByID({ collection: 'patients', id: patientId, depth: 0, ...as }).catch(nullUnlessUnavailable)
  if (!patient) return null
  const [reviewed, followUps, thresholdPercent, { timeZone }] = await Promise.all([
    loadReviewedBlocks(payload, clinician, { patient: { equals: patientId }, status: { equals: 'submitted' } }),
    payload.find({ collection: 'follow-ups', where: { patient: { equals: patientId } }, sort: 'createdAt', pagination: false, depth: 0, ...as }),
    loadOutcomeThreshold(payload),
    loadClinicFormats(payload),
  ])
  const views = await Promise.all(
    followUps.docs.map(async (followUp) => {
      const ablationId = relationId(followUp.ablationAppointment)
      const [ablation, responses] = await Promise.all([
        ablationId ? payload.findByID({ collection: 'appointments', id: ablationId, depth: 0, ...as }).catch(nullUnlessUnavailable) : null,
        payload.find({ collection: 'follow-up-responses', where: { followUp: { equals: followUp.id } }, sort: 'answeredAt', pagination: false, depth: 0, ...as }),
      ])
      const view = followUpView(followUp, ablation, responses.docs, now, timeZone, thresholdPercent)
      return {
        id: followUp.id,
        ablation: ablation ? { id: ablation.id, at: new Date(ablation.scheduledAt), status: ablation.status } : null,
        questionnaires: view.questionnaires,
      }
    }),
  )
  return {
    patient,
    thresholdPercent,
    followUps: views,
    blocks: reviewed.map((block) => ({
      diaryId: block.diary.id,
      at: new Date(block.diary.blockTime ?? block.appointment.scheduledAt),
      blockNumber: block.appointment.blockNumber,
      agent: block.appointment.agent,
      verdicts: block.analyses.map(({ profile, block: analysis }) => ({ profileName: profile.name, verdict: analysis.verdict })),
      decision: block.diary.review?.decision
        ? { decision: block.diary.review.decision, at: block.diary.review.reviewedAt ? new Date(block.diary.review.reviewedAt) : null }
        : null,
    })),
  }
}
