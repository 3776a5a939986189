'use client'

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { formatDuration } from '@/lib/block-analysis'
import { timeAxis } from './timeAxis'

export type ChartPoint = { minutes: number; nrs: number }

type Props = { points: ChartPoint[]; baseline: number | null; thresholds: number[]; describedBy: string }

/**
 * Pain score (NRS) over the time after the block, against the baseline and the scores that mean each
 * profile's relief threshold. The day of the block has the room; the next morning sits apart after a
 * break. Screen readers get the same data from the table the chart points to.
 */
export function ReliefChart({ points, baseline, thresholds, describedBy }: Props) {
  const axis = timeAxis(points.map((point) => point.minutes))
  const data = points.map((point) => ({ ...point, x: axis.position(point.minutes) }))
  const labelAt = new Map(axis.ticks.map((tick) => [tick.position, tick.label]))
  return (
    <div className="chart-area" role="img" aria-label="Chart of pain scores after the block; the data is in the table below." aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 24, left: 0 }}>
          <CartesianGrid stroke="#c9d6d3" strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            domain={[0, axis.end]}
            ticks={axis.ticks.map((tick) => tick.position)}
            tickFormatter={(value: number) => labelAt.get(value) ?? ''}
            stroke="#1d2a33"
          />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} stroke="#1d2a33" />
          <Tooltip
            formatter={(value) => [`${value} / 10`, 'Pain score']}
            labelFormatter={(_label, payload) => {
              const minutes = (payload?.[0]?.payload as ChartPoint | undefined)?.minutes
              return minutes == null ? '' : `${formatDuration(minutes)} after the block`
            }}
          />
          {axis.breakAt != null && (
            <ReferenceLine x={axis.breakAt} stroke="#46525c" strokeDasharray="1 5" label={{ value: 'later', position: 'insideTop', fill: '#1d2a33' }} />
          )}
          {baseline != null && (
            <>
              <ReferenceLine y={baseline} stroke="#b3401a" strokeWidth={2} label={{ value: `Baseline ${baseline}`, position: 'insideTopRight', fill: '#1d2a33' }} />
              {thresholds.map((threshold, index) => (
                <ReferenceLine
                  key={threshold}
                  y={baseline * (1 - threshold / 100)}
                  stroke={index === 0 ? '#0a4650' : '#46525c'}
                  strokeDasharray={index === 0 ? '2 4' : '6 4'}
                  label={{ value: `${threshold}% relief`, position: index === 0 ? 'insideBottomRight' : 'insideTopRight', fill: '#1d2a33' }}
                />
              ))}
            </>
          )}
          <Line type="linear" dataKey="nrs" stroke="#0e5a66" strokeWidth={3} dot={{ r: 5 }} isAnimationActive={false} name="Pain score" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
