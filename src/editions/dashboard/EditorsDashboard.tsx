import type { Payload } from 'payload'
import React from 'react'

import { loadDashboard, type AttentionLine } from './attention'
import { PerDayChart } from './PerDayChart'
import { PerThemeChart } from './PerThemeChart'

/**
 * The admin dashboard's "What needs attention" (before Payload's collection cards): per edition and per
 * role, each line a link to the place to act. A server component: counts are read when the page renders.
 */

type Props = { payload: Payload; user?: unknown }

const STATUS_LABEL: Record<string, string> = { draft: 'draft', upcoming: 'upcoming', current: 'current', archived: 'archived' }

function Line({ line }: { line: AttentionLine }) {
  return (
    <li data-line={line.key} data-tone={line.tone} style={{ margin: '0.25rem 0' }}>
      <a href={line.href}>{line.text}</a>
    </li>
  )
}

export async function EditorsDashboard({ payload, user }: Props) {
  const dashboard = await loadDashboard(payload, user as never)
  if (!dashboard.role) return null
  const nothing = dashboard.editions.every((section) => section.lines.length === 0) && dashboard.site.length === 0
  return (
    <section aria-labelledby="attention-heading" data-testid="attention" style={{ marginBottom: '2rem' }}>
      <h2 id="attention-heading">What needs attention</h2>
      {nothing && <p>Nothing needs attention right now.</p>}
      {dashboard.editions.map((section) => (
        <div
          key={String(section.edition.id)}
          data-edition={section.edition.year}
          className="card"
          style={{ padding: '1rem', margin: '1rem 0' }}
        >
          <h3 style={{ marginTop: 0 }}>
            <a href={`${payload.config.routes.admin}/collections/editions/${String(section.edition.id)}`}>
              {section.edition.title} ({STATUS_LABEL[section.edition.status] ?? section.edition.status})
            </a>
          </h3>
          {section.lines.length === 0 ? (
            <p>Nothing to do for this edition.</p>
          ) : (
            <ul>
              {section.lines.map((line) => (
                <Line key={line.key} line={line} />
              ))}
            </ul>
          )}
          {section.perTheme && section.perTheme.length > 0 && <PerThemeChart perTheme={section.perTheme} year={section.edition.year} />}
          {section.perDay && <PerDayChart perDay={section.perDay} year={section.edition.year} />}
        </div>
      ))}
      {dashboard.site.length > 0 && (
        <div data-edition="site" className="card" style={{ padding: '1rem', margin: '1rem 0' }}>
          <h3 style={{ marginTop: 0 }}>Site</h3>
          <ul>
            {dashboard.site.map((line) => (
              <Line key={line.key} line={line} />
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
