import type { SurvivalCurve as Curve } from '@/lib/outcomes'
import { dayTicks, survivalStepPath, type CurveGeometry } from './survivalPath'
import { TableScroll } from './TableScroll'

const GEOMETRY: CurveGeometry = { width: 640, height: 300, padding: { left: 56, right: 16, top: 16, bottom: 44 } }

const percent = (share: number) => `${Math.round(share * 100)}%`

/**
 * Duration of benefit: the share of patients still improved over the days after the ablation, as an
 * SVG (a title and description for screen readers) with the same figures in a table beneath it.
 */
export function SurvivalCurve({ curve, id }: { curve: Curve; id: string }) {
  const lastDay = Math.max(...curve.steps.map((step) => step.days), 0)
  const maxDays = Math.max(30, Math.ceil(lastDay / 30) * 30)
  const { width, height, padding } = GEOMETRY
  const x = (days: number) => padding.left + (days / maxDays) * (width - padding.left - padding.right)
  const y = (share: number) => padding.top + (1 - share) * (height - padding.top - padding.bottom)
  const end = curve.steps[curve.steps.length - 1]
  const description =
    curve.included === 0
      ? 'No patient has improved at a follow-up yet.'
      : `${curve.included} patients improved at a follow-up. ${
          curve.medianDays === null ? 'More than half were still improved at their last follow-up' : `Half had lost the improvement by day ${Math.round(curve.medianDays)}`
        }; at day ${Math.round(end.days)}, ${percent(end.survival)} were still improved. The table below gives every step.`
  return (
    <figure className="chart-figure">
      <svg className="outcome-curve" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>Share of patients still improved, by days after the ablation</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 0.25, 0.5, 0.75, 1].map((share) => (
          <g key={share}>
            <line x1={padding.left} x2={width - padding.right} y1={y(share)} y2={y(share)} stroke="#c9d3d6" strokeWidth={1} />
            <text x={padding.left - 8} y={y(share) + 4} textAnchor="end" fontSize="13" fill="#2b3a3f">
              {percent(share)}
            </text>
          </g>
        ))}
        {dayTicks(maxDays).map((day) => (
          <text key={day} x={x(day)} y={height - padding.bottom + 18} textAnchor="middle" fontSize="13" fill="#2b3a3f">
            {day}
          </text>
        ))}
        <text x={(width + padding.left) / 2} y={height - 6} textAnchor="middle" fontSize="13" fill="#2b3a3f">
          Days after the ablation
        </text>
        <path d={survivalStepPath(curve.steps, maxDays, GEOMETRY)} fill="none" stroke="#0e5a66" strokeWidth={3} />
        {curve.steps
          .filter((step) => step.censored > 0)
          .map((step) => (
            <line key={`c-${step.days}`} x1={x(step.days)} x2={x(step.days)} y1={y(step.survival) - 6} y2={y(step.survival) + 6} stroke="#0e5a66" strokeWidth={2} />
          ))}
      </svg>
      <figcaption>
        Kaplan-Meier estimate. Vertical ticks mark patients still improved at their last follow-up (censored). {curve.neverImproved} patient
        {curve.neverImproved === 1 ? ' was' : 's were'} never improved and are not on the curve.
      </figcaption>
      <TableScroll label="Duration of benefit, step by step">
        <table className="data-table">
          <caption>Duration of benefit, step by step</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Still followed</th>
              <th scope="col">Relief ended</th>
              <th scope="col">Last seen improved</th>
              <th scope="col">Still improved</th>
            </tr>
          </thead>
          <tbody>
            {curve.steps.map((step) => (
              <tr key={step.days}>
                <th scope="row">{Math.round(step.days)}</th>
                <td>{step.atRisk}</td>
                <td>{step.events}</td>
                <td>{step.censored}</td>
                <td>{percent(step.survival)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  )
}
