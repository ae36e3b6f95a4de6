import React from 'react'

import { BarChart, GroupTable } from '../numbers/CallInNumbers'
import type { ThemeCount } from './attention'
import { VISUALLY_HIDDEN } from './visuallyHidden'

/**
 * Proposals so far per theme on the dashboard: the live version of "The call in numbers" (every theme,
 * no small-group rule: editors see every proposal anyway). SVG bars drawn on the server, then the same
 * numbers in a table for screen readers.
 */
export function PerThemeChart({ perTheme, year }: { perTheme: ThemeCount[]; year: number }) {
  const groups = perTheme.map((entry) => ({ key: String(entry.theme ?? 'no-listed-theme'), label: entry.label, count: entry.count }))
  return (
    <figure data-chart="proposals-per-theme" style={{ margin: '0.5rem 0 1rem' }}>
      <BarChart groups={groups} id="dashboard-per-theme" />
      <GroupTable
        style={VISUALLY_HIDDEN}
        caption={`Proposals so far per theme of the ${year} call (a proposal may name several themes)`}
        groups={groups}
        groupLabel="Theme"
        countLabel="Proposals"
      />
    </figure>
  )
}
