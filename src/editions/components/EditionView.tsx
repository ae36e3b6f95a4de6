import Link from 'next/link'

import { cfpMessages } from '../../cfp/submit/messages'
import { isCfpOpen } from '../../cfp/window'
import { formatDateRange, formatDay } from '../../platform/dates'
import type { EditionPage } from '../read'
import { dictionary, localePath, type Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import { programmeText } from '../../programme/messages'
import { EditionJsonLd } from './EditionJsonLd'
import styles from './EditionView.module.css'
import { PastEditionBanner } from './PastEditionBanner'
import { RichText } from '../../platform/richText/RichText'
import { CallInNumbers } from '../numbers/CallInNumbers'

type Props = { page: EditionPage; locale: Locale; now?: Date; currentYear?: number | null }

/** One edition, as the home page and /editions/[year] show it. */
export function EditionView({ page, locale, now = new Date(), currentYear }: Props) {
  const t = dictionary(locale)
  const { edition, state, themes, committee, speakers, perspectives } = page
  const href = (path: string) => localePath(locale, path)
  const deadline = edition.cfp?.deadline
  const cfpOpen = isCfpOpen(edition.cfp, state, now)
  const dates = edition.startDate ? formatDateRange(edition.startDate, edition.endDate, locale) : null
  const place = [edition.venue, edition.city].filter(Boolean).join(', ')

  return (
    <article className={styles.edition}>
      <EditionJsonLd edition={edition} locale={locale} />
      {state === 'past' && <PastEditionBanner year={edition.year} locale={locale} currentYear={currentYear ?? null} />}

      <header className={styles.hero}>
        <div className="container">
          <p className={styles.eyebrow}>
            {t.edition} {edition.year}
            {edition.ordinal ? ` · ${t.editionOrdinal(edition.ordinal)}` : ''}
          </p>
          <h1 className={styles.title}>{edition.title}</h1>
          {edition.tagline && <p className={styles.tagline}>{edition.tagline}</p>}
          {(dates || place) && (
            <p className={styles.facts}>
              {dates && <span>{dates}</span>}
              {place && <span>{place}</span>}
              {edition.hostEvent?.shortName && <span>{edition.hostEvent.shortName}</span>}
            </p>
          )}
          <nav aria-label={programmeText(locale).editionNavLabel} className={styles.editionNav}>
            <ul>
              <li>
                <Link href={href(routes.programme(edition.year))}>{programmeText(locale).programme}</Link>
              </li>
              <li>
                <Link href={href(routes.speakers(edition.year))}>{t.speakers}</Link>
              </li>
              <li>
                <Link href={href(routes.committee(edition.year))}>{t.scientificCommittee}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>

      <section className={`container ${styles.section}`} aria-labelledby="about">
        <p className={styles.eyebrow}>{t.theEdition(edition.year)}</p>
        <h2 id="about">{edition.introHeading ?? edition.title}</h2>
        <RichText value={edition.intro} className={styles.prose} />
      </section>

      {edition.format && edition.format.length > 0 && (
        <section className={`container ${styles.section}`} aria-labelledby="format">
          <p className={styles.eyebrow}>{t.format}</p>
          <h2 id="format">{edition.formatHeading ?? t.format}</h2>
          {edition.formatIntro && <p className={styles.prose}>{edition.formatIntro}</p>}
          <ol className={styles.formatParts}>
            {edition.format.map((part) => (
              <li key={part.id ?? part.title} className={styles.card}>
                <h3>{part.title}</h3>
                <p>{part.description}</p>
              </li>
            ))}
          </ol>
          {edition.formatNote && <p className={styles.note}>{edition.formatNote}</p>}
        </section>
      )}

      {/* A past edition calls for nothing: no CfP (nor its form or countdown), registration or newsletter. */}
      {state !== 'past' && edition.cfp && (edition.cfp.intro || deadline) && (
        <section className={`container ${styles.section}`} aria-labelledby="cfp">
          <p className={styles.eyebrow}>{t.callForProposals}</p>
          <h2 id="cfp">{edition.cfp.heading ?? t.callForProposals}</h2>
          {edition.cfp.intro && <p className={styles.prose}>{edition.cfp.intro}</p>}
          {deadline && (
            <p className={cfpOpen ? styles.cfpOpen : styles.cfpClosed}>
              {cfpOpen ? t.cfpOpenUntil(formatDay(deadline, locale)) : t.cfpClosed(formatDay(deadline, locale))}
            </p>
          )}
          {cfpOpen && (
            <p>
              <Link className={styles.cta} href={href(routes.propose(edition.year))}>
                {cfpMessages(locale).submitAProposal}
              </Link>
            </p>
          )}
          {edition.cfp.contactEmail && (
            <p>
              {t.cfpWriteTo} <a href={`mailto:${edition.cfp.contactEmail}`}>{edition.cfp.contactEmail}</a>.
            </p>
          )}
        </section>
      )}

      {themes.length > 0 && (
        <section className={`container ${styles.section}`} aria-labelledby="themes">
          <p className={styles.eyebrow}>{t.suggestedThemes}</p>
          <h2 id="themes">{edition.themesHeading ?? t.suggestedThemes}</h2>
          {edition.themesIntro && <p className={styles.prose}>{edition.themesIntro}</p>}
          <ul className={styles.themes}>
            {themes.map((theme) => (
              <li key={theme.id} className={styles.card}>
                <h3>
                  <Link href={href(routes.theme(edition.year, theme.slug))}>{theme.title}</Link>
                </h3>
                {theme.summary && <p>{theme.summary}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(dates || place || edition.hostEvent?.note || (edition.registration && state !== 'past')) && (
        <section className={`container ${styles.section}`} aria-labelledby="practical">
          <p className={styles.eyebrow}>{t.practicalInformation}</p>
          <h2 id="practical">{t.whenAndWhere}</h2>
          <dl className={styles.practical}>
            {dates && (
              <div>
                <dt>{t.dates}</dt>
                <dd>{dates}</dd>
              </div>
            )}
            {place && (
              <div>
                <dt>{t.venue}</dt>
                <dd>{place}</dd>
              </div>
            )}
            {edition.hostEvent?.note && (
              <div>
                <dt>{t.hostEvent}</dt>
                <dd>{edition.hostEvent.note}</dd>
              </div>
            )}
            {edition.registration && state !== 'past' && (
              <div>
                <dt>{t.registration}</dt>
                <dd>
                  {t.registrationStates[edition.registration.state]}
                  {edition.registration.note && <> — {edition.registration.note}</>}
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}

      {speakers.length > 0 && (
        <section className={`container ${styles.section}`} aria-labelledby="speakers">
          <h2 id="speakers">{t.speakers}</h2>
          <ul className={styles.people}>
            {speakers.map((speaker) => (
              <li key={speaker.id}>
                <Link href={href(routes.speaker(edition.year, speaker.slug))}>{speaker.name}</Link>
                {speaker.affiliation && <span> — {speaker.affiliation}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {committee.length > 0 && (
        <section className={`container ${styles.section}`} aria-labelledby="committee">
          <p className={styles.eyebrow}>{t.qualityAndBalance}</p>
          <h2 id="committee">
            <Link href={href(routes.committee(edition.year))}>{t.scientificCommittee}</Link>
          </h2>
          {edition.committeeIntro && <p className={styles.prose}>{edition.committeeIntro}</p>}
          <ul className={styles.people}>
            {committee.map((member) => (
              <li key={member.id}>
                <strong>{member.name}</strong>
                {member.role === 'coordinator' && <span className={styles.badge}>{t.coordinator}</span>}
                {member.affiliation && <span> — {member.affiliation}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {state === 'past' && page.callNumbers && (
        <CallInNumbers numbers={page.callNumbers} locale={locale} className={`container ${styles.section}`} />
      )}

      {perspectives.length > 0 && (
        <section className={`container ${styles.section}`} aria-labelledby="perspectives">
          <h2 id="perspectives">{t.perspectives}</h2>
          <ul className={styles.themes}>
            {perspectives.map((perspective) => (
              <li key={perspective.id} className={styles.card}>
                <h3>
                  <Link href={href(routes.perspective(perspective.slug))}>{perspective.title}</Link>
                </h3>
                {perspective.authors && perspective.authors.length > 0 && (
                  <p className={styles.note}>{perspective.authors.map((author) => author.name).join(', ')}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
