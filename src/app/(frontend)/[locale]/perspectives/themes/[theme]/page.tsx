import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getPerspectivesByTheme, getPerspectiveThemes, parseSlug } from '@/perspectives/cachedPerspectives'
import { isLocale, type Locale } from '@/platform/i18n'
import { perspectivesText } from '@/perspectives/messages'
import { alternates, routes } from '@/platform/routes'

import { PerspectivesIndex } from '../../../../../../perspectives/components/PerspectivesIndex'

export const revalidate = 60

/** No page is built ahead of time (the build has no database): each is rendered on its first visit and kept. */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; theme: string }> }

/** /perspectives/themes/<slug>: a real 404 for an unknown locale or a theme slug no public theme has. */
async function load(
  params: Props['params'],
): Promise<{ locale: Locale } & NonNullable<Awaited<ReturnType<typeof getPerspectivesByTheme>>>> {
  const { locale, theme } = await params
  const slug = parseSlug(theme)
  if (!isLocale(locale) || slug === null) notFound()
  const found = await getPerspectivesByTheme(slug, locale)
  if (!found) notFound()
  return { locale, ...found }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, theme } = await load(params)
  const t = perspectivesText(locale)
  return {
    title: t.byTheme(theme.title),
    description: t.intro,
    alternates: alternates(locale, routes.perspectivesByTheme(theme.slug)),
  }
}

export default async function PerspectivesByThemePage({ params }: Props) {
  const { locale, theme, perspectives } = await load(params)
  const themes = await getPerspectiveThemes(locale)
  return <PerspectivesIndex locale={locale} active={theme} themes={themes} perspectives={perspectives} />
}
