import type { Metadata } from 'next'
import Link from 'next/link'

import { EditionSubpage } from '@/editions/components/EditionSubpage'
import { MediaImage } from '@/platform/ui/MediaImage'
import styles from '@/editions/components/EditionSubpage.module.css'
import { loadEditionRoute, type EditionParams } from '@/editions/editionRoute'
import { dictionary, localePath } from '@/platform/i18n'
import { alternates, routes } from '@/platform/routes'

export const revalidate = 60

/** Rendered on first visit and cached (the build has no database to prerender from). */
export function generateStaticParams() {
  return []
}

type Props = { params: EditionParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await loadEditionRoute(params)
  return {
    title: `${dictionary(locale).speakers} · ${page.edition.title}`,
    alternates: alternates(locale, routes.speakers(page.edition.year)),
  }
}

export default async function SpeakersPage({ params }: Props) {
  const { locale, page, currentYear } = await loadEditionRoute(params)
  const t = dictionary(locale)
  const year = page.edition.year
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.speakers(year)}
      eyebrow={page.edition.title}
      title={t.speakers}
    >
      {page.speakers.length === 0 ? (
        <p>{t.noSpeakers}</p>
      ) : (
        <ul className={styles.list}>
          {page.speakers.map((speaker) => (
            <li key={speaker.id} className={styles.card}>
              <MediaImage media={speaker.photo} size="thumbnail" sizes="160px" />
              <h2>
                <Link href={localePath(locale, routes.speaker(year, speaker.slug))}>{speaker.name}</Link>
              </h2>
              {speaker.affiliation && <p>{speaker.affiliation}</p>}
            </li>
          ))}
        </ul>
      )}
    </EditionSubpage>
  )
}
