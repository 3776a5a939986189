import type { AnswerSet } from '@/lib/outcomes'

/**
 * A demo cohort for the outcomes page: generated from a fixed seed, so every `npm start` shows the
 * same figures. Every person is fictional and says so in their name ("Cohort Demo 07 (fictional)").
 * Pure: the seed (cohort.ts) stores what this describes.
 */

export type Course = 'lasting' | 'fading' | 'little'

export type CohortPatientSpec = {
  index: number
  fullName: string
  email: string
  dateOfBirth: string
  blockDaysAgo: number
  /** Pain after the block: 'relief' eases it for a few hours (positive), 'none' does not. */
  blockResponse: 'relief' | 'none'
  /** Present when the specialist decided on ablation: when it was done and how the patient fared. */
  ablation: { daysAfterBlock: number; course: Course } | null
  /** PEG answers by plan point (baseline first); a point left out was not answered. */
  peg: Record<string, AnswerSet>
  /** PGIC answers by plan point after the ablation. */
  pgic: Record<string, AnswerSet>
}

/** Mulberry32: a tiny deterministic generator, enough for demo data. */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const clamp = (value: number) => Math.max(0, Math.min(10, Math.round(value)))

function pegAround(mean: number, random: () => number): AnswerSet {
  const jitter = () => (random() - 0.5) * 2
  return { 'pain-average': clamp(mean + jitter()), enjoyment: clamp(mean + jitter()), 'general-activity': clamp(mean + jitter()) }
}

/** PEG level at each point as a share of the baseline, by course. */
const COURSE_LEVELS: Record<Course, Record<string, number>> = {
  lasting: { '6-weeks': 0.35, '3-months': 0.35, '6-months': 0.45, '12-months': 0.55 },
  fading: { '6-weeks': 0.4, '3-months': 0.55, '6-months': 0.9, '12-months': 0.95 },
  little: { '6-weeks': 0.85, '3-months': 0.9, '6-months': 0.95, '12-months': 1 },
}

/** PGIC answer (1 very much improved ... 7 very much worse) from the share of the baseline left. */
function pgicFor(level: number): number {
  if (level <= 0.45) return level <= 0.35 ? 1 : 2
  if (level <= 0.7) return 3
  return level <= 1 ? 4 : 5
}

const POINTS_AFTER = ['6-weeks', '3-months', '6-months', '12-months'] as const

export function demoCohort(size: number, seed = 14): CohortPatientSpec[] {
  const random = generator(seed)
  return Array.from({ length: size }, (_, index) => {
    const number = String(index + 1).padStart(2, '0')
    // Blocks spread over the last 14 months, newest last.
    const blockDaysAgo = 30 + Math.round(((size - index) / size) * 390)
    const blockResponse = random() < 0.7 ? 'relief' : 'none'
    const wantsAblation = blockResponse === 'relief' && random() < 0.85
    const daysAfterBlock = 21 + Math.round(random() * 20)
    const ablation = wantsAblation && blockDaysAgo - daysAfterBlock > 3 ? { daysAfterBlock, course: pickCourse(random()) } : null
    const baseline = 6 + Math.round(random() * 2.5)
    const peg: Record<string, AnswerSet> = {}
    const pgic: Record<string, AnswerSet> = {}
    if (ablation) {
      peg.baseline = pegAround(baseline, random)
      for (const point of POINTS_AFTER) {
        if (random() < 0.12) continue // not answered
        const level = COURSE_LEVELS[ablation.course][point]
        peg[point] = pegAround(baseline * level, random)
        pgic[point] = { change: pgicFor(level) }
      }
    }
    return {
      index,
      fullName: `Cohort Demo ${number} (fictional)`,
      email: `cohort-demo-${number}@example.com`,
      dateOfBirth: `${1950 + Math.floor(random() * 30)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      blockDaysAgo,
      blockResponse,
      ablation,
      peg,
      pgic,
    }
  })
}

function pickCourse(value: number): Course {
  if (value < 0.5) return 'lasting'
  return value < 0.8 ? 'fading' : 'little'
}
