import { ImageResponse } from 'next/og'

import { formatDateRange } from '../../platform/dates'
import type { EditionSummary } from '../read'
import { dictionary, type Locale } from '../../platform/i18n'

/**
 * Social cards (1200×630 PNG), drawn by next/og with its bundled default font only: no font or image
 * is fetched, so they render without network access. The texts use only characters that font has
 * (Latin with accents, dashes, quotes, middle dot), so no fallback font is ever looked up.
 */
const SIZE = { width: 1200, height: 630 }

const GREEN = '#0f5c46'
const GREEN_DARK = '#0a3f30'
const PAPER = '#fbfaf6'
const ORANGE = '#e07a3f'

/** Satori measures text itself: one plain space for every kind of space Intl may produce. */
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}

type Card = {
  /** Top right, small: "2nd edition", "Perspectives · Reading"… */
  eyebrow?: string | null
  title: string
  subtitle?: string | null
  /** The band at the bottom: dates and venue, a date… */
  facts?: Array<string | null | undefined>
}

/** The card all social images share: brand mark, title, subtitle, a band of facts. */
export function socialCardImage({ eyebrow, title, subtitle, facts = [] }: Card): ImageResponse {
  const heading = shorten(clean(title) || 'Commons AI', 150)
  const sub = subtitle ? shorten(clean(subtitle), 140) : ''
  const band = facts.map(clean).filter(Boolean)
  const titleSize = heading.length > 90 ? 52 : heading.length > 40 ? 64 : 84

  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: GREEN,
        color: PAPER,
        padding: '56px 72px',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 36 }}>
          {/* The half-filled circle of the site's mark, drawn rather than typed. */}
          <div
            style={{
              width: 44,
              height: 44,
              borderRadius: 22,
              border: `4px solid ${PAPER}`,
              backgroundImage: `linear-gradient(90deg, ${PAPER} 50%, ${GREEN} 50%)`,
              marginRight: 18,
            }}
          />
          Commons AI
        </div>
        {eyebrow && <div style={{ display: 'flex', fontSize: 28, color: '#cfe3da' }}>{clean(eyebrow)}</div>}
      </div>

      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: titleSize, lineHeight: 1.1, letterSpacing: -1 }}>{heading}</div>
        {sub && (
          <div style={{ display: 'flex', marginTop: 24, fontSize: 36, lineHeight: 1.25, color: '#e3efe9', maxWidth: 1000 }}>{sub}</div>
        )}
        <div style={{ display: 'flex', width: 120, height: 8, marginTop: 32, background: ORANGE, borderRadius: 4 }} />
      </div>

      {band.length > 0 ? (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            background: PAPER,
            color: GREEN_DARK,
            borderRadius: 16,
            padding: '22px 32px',
            fontSize: 34,
          }}
        >
          {band.map((fact, index) => (
            <div key={fact} style={{ display: 'flex' }}>
              {index > 0 && <div style={{ display: 'flex', margin: '0 20px', color: GREEN }}>·</div>}
              {fact}
            </div>
          ))}
        </div>
      ) : (
        <div style={{ display: 'flex' }} />
      )}
    </div>,
    SIZE,
  )
}

/** The card of an edition: its title, tagline, dates and venue. */
export function editionOgImage(edition: EditionSummary | null, locale: Locale): ImageResponse {
  const t = dictionary(locale)
  if (!edition) return socialCardImage({ title: 'Commons AI', subtitle: t.footer })
  const eyebrow = [
    edition.ordinal ? t.editionOrdinal(edition.ordinal) : `${t.edition} ${edition.year}`,
    edition.state === 'past' ? t.pastEdition : null,
  ]
    .filter(Boolean)
    .join(' · ')
  const dates = edition.startDate ? formatDateRange(edition.startDate, edition.endDate, locale) : t.datesToBeAnnounced
  const place = [edition.venue, edition.city].filter(Boolean).join(', ')
  return socialCardImage({ eyebrow, title: edition.title, subtitle: edition.tagline, facts: [dates, place] })
}
