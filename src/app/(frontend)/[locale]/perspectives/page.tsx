import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getPerspectives, getPerspectiveThemes } from '@/perspectives/cachedPerspectives'
import { isLocale } from '@/platform/i18n'
import { perspectivesText } from '@/perspectives/messages'
import { alternates, routes } from '@/platform/routes'

import { PerspectivesIndex } from '../../../../perspectives/components/PerspectivesIndex'

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
