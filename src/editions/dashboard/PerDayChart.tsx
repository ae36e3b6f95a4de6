import React from 'react'

import type { ProposalsPerDay } from './perDay'
import { VISUALLY_HIDDEN } from './visuallyHidden'

/**
 * Proposals per day of the call on the dashboard: small SVG columns drawn on the server (no script),
 * then the same numbers in a table for screen readers, as "The call in numbers" does.
 */

const WIDTH = 560
const HEIGHT = 90
const LABEL = 16

const short = (day: string) => `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}`

export function PerDayChart({ perDay, year }: { perDay: ProposalsPerDay; year: number }) {
  const max = Math.max(...perDay.days.map((day) => day.count), 1)
  const slot = WIDTH / perDay.days.length
  const caption = `Proposals per day of the ${year} call (Paris time)${perDay.earlier > 0 ? `; ${perDay.earlier} earlier` : ''}`
  return (
    <figure data-chart="proposals-per-day" style={{ margin: '0.5rem 0 1rem' }}>
      <svg aria-hidden="true" focusable="false" width="100%" viewBox={`0 0 ${WIDTH} ${HEIGHT + LABEL}`} style={{ maxWidth: WIDTH }}>
        {perDay.days.map((day, index) => {
          const height = day.count === 0 ? 0 : Math.max(2, Math.round((day.count / max) * HEIGHT))
          return (
            <rect
              key={day.day}
              x={index * slot + 1}
              y={HEIGHT - height}
              width={Math.max(1, slot - 2)}
              height={height}
              fill="currentColor"
              opacity="0.7"
            >
              <title>{`${day.day}: ${day.count}`}</title>
            </rect>
          )
        })}
        <text x={0} y={HEIGHT + LABEL - 3} fontSize="11" fill="currentColor">
          {short(perDay.days[0]!.day)}
        </text>
        <text x={WIDTH} y={HEIGHT + LABEL - 3} fontSize="11" fill="currentColor" textAnchor="end">
          {short(perDay.days[perDay.days.length - 1]!.day)}
        </text>
      </svg>
      <table style={VISUALLY_HIDDEN}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Proposals</th>
          </tr>
        </thead>
        <tbody>
          {perDay.days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              <td>{day.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
