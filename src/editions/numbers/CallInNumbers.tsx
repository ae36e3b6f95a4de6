import type { Locale } from '../../platform/i18n'
import type { CallNumbers } from './callNumbers'
import { numbersMessages } from './messages'
import type { Group } from './smallGroups'

/**
 * "The call in numbers" on an archived edition's page: small bar charts drawn as SVG on the server (no
 * script), each followed by the same numbers in a table that screen readers read instead of the chart.
 */

const BAR_HEIGHT = 22
const GAP = 8
const LABEL_WIDTH = 230
const CHART_WIDTH = 560

/** Horizontal bars, one per group, with its label and count; hidden from screen readers (a table says the same). */
export function BarChart({ groups, id }: { groups: Group[]; id: string }) {
  const max = Math.max(...groups.map((group) => group.count), 1)
  const height = groups.length * (BAR_HEIGHT + GAP)
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 50
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="100%"
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="presentation"
      data-chart={id}
      style={{ maxWidth: CHART_WIDTH }}
    >
      {groups.map((group, index) => {
        const y = index * (BAR_HEIGHT + GAP)
        const width = Math.max(2, Math.round((group.count / max) * barSpace))
        return (
          <g key={group.key}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT * 0.7} textAnchor="end" fontSize="13" fill="currentColor">
              {group.label.length > 34 ? `${group.label.slice(0, 33)}…` : group.label}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} fill="currentColor" opacity="0.7" />
            <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.7} fontSize="13" fill="currentColor">
              {group.count}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** The numbers of a chart as a table (for screen readers; `style` hides it where the chart stands for it). */
export function GroupTable({
  caption,
  groups,
  groupLabel,
  countLabel,
  style,
}: {
  caption: string
  groups: Group[]
  groupLabel: string
  countLabel: string
  style?: React.CSSProperties
}) {
  return (
    <table style={style}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupLabel}</th>
          <th scope="col">{countLabel}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.key}>
            <th scope="row">{group.label}</th>
            <td>{group.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function CallInNumbers({ numbers, locale, className }: { numbers: CallNumbers; locale: Locale; className?: string }) {
  const t = numbersMessages(locale)
  const share = `${t.number(numbers.acceptedShare * 100)} %`
  return (
    <section className={className} aria-labelledby="call-in-numbers" data-testid="call-in-numbers">
      <h2 id="call-in-numbers">{t.heading}</h2>
      <p>
        {t.intro(numbers.total)} {t.accepted(share, numbers.accepted)} {t.reviews(t.number(numbers.reviewsPerProposal, 1))}
      </p>
      <h3>{t.byTheme}</h3>
      <BarChart groups={numbers.byTheme} id="by-theme" />
      <GroupTable caption={`${t.byTheme}. ${t.byThemeNote}`} groups={numbers.byTheme} groupLabel={t.group} countLabel={t.proposals} />
      <h3>{t.byFormat}</h3>
      <BarChart groups={numbers.byFormat} id="by-format" />
      <GroupTable caption={t.byFormat} groups={numbers.byFormat} groupLabel={t.group} countLabel={t.proposals} />
      {numbers.byCountry && (
        <>
          <h3>{t.byCountry}</h3>
          <BarChart groups={numbers.byCountry} id="by-country" />
          <GroupTable
            caption={`${t.byCountry}. ${t.byCountryNote}`}
            groups={numbers.byCountry}
            groupLabel={t.group}
            countLabel={t.proposals}
          />
        </>
      )}
      <p>
        <small>{t.privacy}</small>
      </p>
    </section>
  )
}
