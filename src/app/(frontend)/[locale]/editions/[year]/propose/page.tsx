import type { Metadata } from 'next'

import { fromEditionPage } from '@/cfp/submit/edition'
import { readFormState } from '@/cfp/submit/formState'
import { cfpMessages } from '@/cfp/submit/messages'
import { findByToken } from '@/cfp/submit/submit'
import { ProposeView } from '@/cfp/submit/ui/ProposeView'
import { EditionSubpage } from '@/editions/components/EditionSubpage'
import { loadEditionRoute, type EditionParams } from '@/editions/editionRoute'
import { dictionary } from '@/platform/i18n'
import { payloadClient } from '@/platform/payload'
import { alternates, routes } from '@/platform/routes'

// Never cached: the form carries a fresh idempotency token, and open/closed is decided at request time.
export const dynamic = 'force-dynamic'

type Props = { params: EditionParams; searchParams: Promise<{ form?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await loadEditionRoute(params)
  return {
    title: cfpMessages(locale).pageTitle(page.edition.title),
    alternates: alternates(locale, routes.propose(page.edition.year)),
  }
}

export default async function ProposePage({ params, searchParams }: Props) {
  const { locale, page, currentYear } = await loadEditionRoute(params)
  const { form } = await searchParams
  const payload = await payloadClient()
  const saved = await readFormState(payload, typeof form === 'string' ? form : null)
  // A form state whose token has since made a proposal (corrected and sent) starts a new, empty form.
  const state = saved && !(await findByToken(payload, saved.token)) ? saved : null
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.propose(page.edition.year)}
      eyebrow={`${dictionary(locale).callForProposals} · ${page.edition.title}`}
      title={cfpMessages(locale).heading}
    >
      <ProposeView edition={fromEditionPage(page, locale)} locale={locale} now={new Date()} state={state} intro={page.edition.cfp?.intro} />
    </EditionSubpage>
  )
}
