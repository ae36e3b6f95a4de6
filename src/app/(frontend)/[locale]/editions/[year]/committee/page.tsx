import type { Metadata } from 'next'

import { EditionSubpage } from '@/editions/components/EditionSubpage'
import styles from '@/editions/components/EditionSubpage.module.css'
import { loadEditionRoute, type EditionParams } from '@/editions/editionRoute'
import { dictionary } from '@/platform/i18n'
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
    title: `${dictionary(locale).scientificCommittee} · ${page.edition.title}`,
    alternates: alternates(locale, routes.committee(page.edition.year)),
  }
}

export default async function CommitteePage({ params }: Props) {
  const { locale, page, currentYear } = await loadEditionRoute(params)
  const t = dictionary(locale)
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.committee(page.edition.year)}
      eyebrow={page.edition.title}
      title={t.scientificCommittee}
    >
      {page.edition.committeeIntro && <p className={styles.prose}>{page.edition.committeeIntro}</p>}
      <h2>{t.committeeMembers}</h2>
      <ul className={styles.list}>
        {page.committee.map((member) => (
          <li key={member.id} className={styles.card}>
            <strong>{member.name}</strong>
            {member.role === 'coordinator' && <span className={styles.badge}>{t.coordinator}</span>}
            {member.affiliation && <p>{member.affiliation}</p>}
          </li>
        ))}
      </ul>
    </EditionSubpage>
  )
}
