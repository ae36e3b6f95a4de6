import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { alternates, routes } from '@/platform/routes'
import { ProgrammeIndex } from '@/programme/components/ProgrammeIndex'
import { programmeText } from '@/programme/messages'
import { loadProgrammeRoute } from '@/programme/route'
import { sessionsWithTheme } from '@/programme/schedule'

export const revalidate = 60

/** Rendered on first visit and cached (the build has no database to prerender from). */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; year: string; theme: string }> }

/** A theme of this edition (public), filtered on; any other slug is a 404. */
async function load(params: Props['params']) {
  const { theme: slug } = await params
  const route = await loadProgrammeRoute(params)
  const theme = route.page.themes.find((candidate) => candidate.slug === slug)
  if (!theme) notFound()
  const active = { id: String(theme.id), slug: theme.slug, title: theme.title }
  return { ...route, active, shown: sessionsWithTheme(route.programme.sessions, theme.slug) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page, active } = await load(params)
  return {
    title: `${programmeText(locale).themeFilterTitle(active.title)} · ${page.edition.title}`,
    alternates: alternates(locale, routes.programmeByTheme(page.edition.year, active.slug)),
  }
}

export default async function ProgrammeByThemePage({ params }: Props) {
  const { locale, page, currentYear, programme, active, shown } = await load(params)
  return <ProgrammeIndex page={page} locale={locale} currentYear={currentYear} all={programme.sessions} active={active} shown={shown} />
}
