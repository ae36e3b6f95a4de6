import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getPerspectives, getPerspectiveThemes } from '@/lib/cachedPerspectives'
import { isLocale } from '@/lib/i18n'
import { perspectivesText } from '@/lib/perspectivesText'
import { alternates, routes } from '@/lib/routes'

import { PerspectivesIndex } from './PerspectivesIndex'

export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = perspectivesText(locale)
  return { title: t.title, description: t.intro, alternates: alternates(locale, routes.perspectives()) }
}

export default async function PerspectivesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [perspectives, themes] = await Promise.all([getPerspectives(locale), getPerspectiveThemes(locale)])
  return <PerspectivesIndex locale={locale} active={null} themes={themes} perspectives={perspectives} />
}
