import type { Metadata } from 'next'

import { EditionSubpage } from '@/editions/components/EditionSubpage'
import styles from '@/editions/components/EditionSubpage.module.css'
import { RichText } from '@/platform/richText/RichText'
import { getThemeThread } from '@/editions/threads/cachedThemeThread'
import { ThemeThreadSection } from '@/editions/threads/ThemeThreadSection'
import { loadEditionItem } from '@/editions/editionRoute'
import { dictionary } from '@/platform/i18n'
import { alternates, routes } from '@/platform/routes'

export const revalidate = 60

/** Rendered on first visit and cached (the build has no database to prerender from). */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; year: string; slug: string }> }

async function load(params: Props['params']) {
  const { item: theme, ...route } = await loadEditionItem(params, (page, slug) => page.themes.find((candidate) => candidate.slug === slug))
  return { ...route, theme }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page, theme } = await load(params)
  return {
    title: `${theme.title} · ${page.edition.title}`,
    description: theme.seo?.description || theme.summary?.slice(0, 160) || undefined,
    alternates: alternates(locale, routes.theme(page.edition.year, theme.slug)),
  }
}

export default async function ThemePage({ params }: Props) {
  const { locale, page, currentYear, theme } = await load(params)
  const t = dictionary(locale)
  const thread = await getThemeThread(theme.id, locale)
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.theme(page.edition.year, theme.slug)}
      eyebrow={`${t.theme} · ${page.edition.title}`}
      title={theme.title}
    >
      {theme.summary && <p className={styles.prose}>{theme.summary}</p>}
      <RichText value={theme.body} className={styles.prose} />
      <ThemeThreadSection thread={thread} locale={locale} />
    </EditionSubpage>
  )
}
