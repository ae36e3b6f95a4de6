import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { proposalReferenceExists } from '@/cfp/submit/confirmation'
import { cfpMessages } from '@/cfp/submit/messages'
import styles from '@/cfp/submit/ui/Cfp.module.css'
import { EditionSubpage } from '@/editions/components/EditionSubpage'
import { loadEditionRoute } from '@/editions/editionRoute'
import { dictionary } from '@/platform/i18n'
import { payloadClient } from '@/platform/payload'
import { routes } from '@/platform/routes'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; year: string; reference: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await loadEditionRoute(params)
  return { title: cfpMessages(locale).confirmation.title, robots: { index: false, follow: false } }
}

/** After a successful submission: the reference and what happens next, nothing private. */
export default async function ProposalConfirmationPage({ params }: Props) {
  const { locale, page, currentYear } = await loadEditionRoute(params)
  const reference = decodeURIComponent((await params).reference)
  if (!(await proposalReferenceExists(await payloadClient(), page.edition.id, reference))) notFound()
  const t = cfpMessages(locale)
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.proposeConfirmation(page.edition.year, reference)}
      eyebrow={`${dictionary(locale).callForProposals} · ${page.edition.title}`}
      title={t.confirmation.title}
    >
      <p>{t.confirmation.reference}</p>
      <p className={styles.reference} data-testid="proposal-reference">
        {reference}
      </p>
      <p className={styles.prose}>{t.confirmation.text}</p>
      <p className={styles.prose}>{t.confirmation.next}</p>
    </EditionSubpage>
  )
}
