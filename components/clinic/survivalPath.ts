import type { SurvivalStep } from '@/lib/outcomes'

/**
 * The Kaplan-Meier curve as an SVG step path: flat until each time, then straight down to the new
 * share (a product-limit curve drops at the event, it does not slope). Pure, so it is tested alone.
 */
export type CurveGeometry = { width: number; height: number; padding: { left: number; right: number; top: number; bottom: number } }

export function survivalStepPath(steps: readonly SurvivalStep[], maxDays: number, geometry: CurveGeometry): string {
  if (steps.length === 0) return ''
  const { width, height, padding } = geometry
  const x = (days: number) => padding.left + (maxDays <= 0 ? 0 : (days / maxDays) * (width - padding.left - padding.right))
  const y = (share: number) => padding.top + (1 - share) * (height - padding.top - padding.bottom)
  const round = (value: number) => Math.round(value * 10) / 10
  let survival = 1
  const commands = [`M${round(x(0))},${round(y(1))}`]
  for (const step of steps) {
    commands.push(`H${round(x(step.days))}`)
    if (step.survival !== survival) commands.push(`V${round(y(step.survival))}`)
    survival = step.survival
  }
  commands.push(`H${round(x(maxDays))}`)
  return commands.join(' ')
}

/** Day ticks for the x axis: every 30 days up to a year, every 90 beyond. */
export function dayTicks(maxDays: number): number[] {
  const step = maxDays > 400 ? 90 : 30
  const ticks: number[] = []
  for (let day = 0; day <= maxDays; day += step) ticks.push(day)
  return ticks
}
