import type { Metadata } from 'next'

import { EditionSubpage } from '@/editions/components/EditionSubpage'
import { MediaImage } from '@/platform/ui/MediaImage'
import styles from '@/editions/components/EditionSubpage.module.css'
import { RichText } from '@/platform/richText/RichText'
import { loadEditionItem } from '@/editions/editionRoute'
import { dictionary } from '@/platform/i18n'
import { alternates, routes } from '@/platform/routes'
import { SpeakerSessions } from '@/programme/components/SpeakerSessions'
import { readProgramme } from '@/programme/cached'
import { sessionsOfSpeaker } from '@/programme/schedule'

export const revalidate = 60

/** Rendered on first visit and cached (the build has no database to prerender from). */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; year: string; slug: string }> }

async function load(params: Props['params']) {
  const { item: speaker, ...route } = await loadEditionItem(params, (page, slug) =>
    page.speakers.find((candidate) => candidate.slug === slug),
  )
  return { ...route, speaker }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page, speaker } = await load(params)
  return {
    title: `${speaker.name} · ${page.edition.title}`,
    alternates: alternates(locale, routes.speaker(page.edition.year, speaker.slug)),
  }
}

export default async function SpeakerPage({ params }: Props) {
  const { locale, page, currentYear, speaker } = await load(params)
  const t = dictionary(locale)
  const programme = await readProgramme(page.edition.year, locale)
  const sessions = programme ? sessionsOfSpeaker(programme.sessions, speaker.id) : []
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.speaker(page.edition.year, speaker.slug)}
      eyebrow={`${t.speakers} · ${page.edition.title}`}
      title={speaker.name}
    >
      <MediaImage media={speaker.photo} size="card" sizes="(max-width: 480px) 100vw, 320px" priority />
      {speaker.affiliation && <p>{speaker.affiliation}</p>}
      <RichText value={speaker.bio} className={styles.prose} />
      <SpeakerSessions year={page.edition.year} sessions={sessions} locale={locale} />
      {speaker.links && speaker.links.length > 0 && (
        <>
          <h2>{t.links}</h2>
          <ul>
            {speaker.links.map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url} rel="noopener noreferrer">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </EditionSubpage>
  )
}
