'use client'

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { hours } from './labels'

export type ChartPoint = { hours: number; nrs: number }

type Props = { points: ChartPoint[]; baseline: number | null; describedBy: string }

/** Whole-hour ticks: every 2 hours for a day-of-block diary, every 6 once it reaches the next morning. */
function hourTicks(points: ChartPoint[]): number[] {
  const latest = Math.max(8, ...points.map((point) => point.hours))
  const step = latest <= 8 ? 2 : 6
  const end = Math.ceil(latest / step) * step
  return Array.from({ length: end / step + 1 }, (_, index) => index * step)
}

/**
 * Pain score (NRS) over the hours after the block, against the baseline and the scores that mean
 * 50% and 80% relief. Screen readers get the same data from the table the chart points to.
 */
export function ReliefChart({ points, baseline, describedBy }: Props) {
  const ticks = hourTicks(points)
  return (
    <div className="chart-area" role="img" aria-label="Chart of pain scores after the block; the data is in the table below." aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 16, right: 24, bottom: 24, left: 0 }}>
          <CartesianGrid stroke="#c9d6d3" strokeDasharray="3 3" />
          <XAxis dataKey="hours" type="number" domain={[0, ticks.at(-1) ?? 8]} ticks={ticks} unit=" h" stroke="#1d2a33" />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} stroke="#1d2a33" />
          <Tooltip formatter={(value) => [`${value} / 10`, 'Pain score']} labelFormatter={(label) => `${hours(Number(label))} after the block`} />
          {baseline != null && (
            <>
              <ReferenceLine y={baseline} stroke="#b3401a" strokeWidth={2} label={{ value: `Baseline ${baseline}`, position: 'insideTopRight', fill: '#1d2a33' }} />
              <ReferenceLine y={baseline * 0.5} stroke="#46525c" strokeDasharray="6 4" label={{ value: '50% relief', position: 'insideTopRight', fill: '#1d2a33' }} />
              <ReferenceLine y={baseline * 0.2} stroke="#0a4650" strokeDasharray="2 4" label={{ value: '80% relief', position: 'insideBottomRight', fill: '#1d2a33' }} />
            </>
          )}
          <Line type="linear" dataKey="nrs" stroke="#0e5a66" strokeWidth={3} dot={{ r: 5 }} isAnimationActive={false} name="Pain score" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
