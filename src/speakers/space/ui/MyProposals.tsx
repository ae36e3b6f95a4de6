import Link from 'next/link'

import { localePath, type Locale } from '../../../platform/i18n'
import { speakerMessages } from '../messages'
import type { MyProposalListItem } from '../proposals'
import { speakerRoutes } from '../routes'
import styles from './Space.module.css'

/** Every proposal of the signed-in address, across editions, with the status a speaker should see. */
export function MyProposals({ locale, proposals }: { locale: Locale; proposals: MyProposalListItem[] }) {
  const t = speakerMessages(locale)
  return (
    <section aria-labelledby="my-proposals">
      <h2 id="my-proposals">{t.myProposals}</h2>
      {proposals.length === 0 ? (
        <p>{t.noProposals}</p>
      ) : (
        <ul className={styles.list} data-testid="my-proposals">
          {proposals.map((proposal) => (
            <li key={String(proposal.id)}>
              <p>
                <Link href={localePath(locale, speakerRoutes.proposal(proposal.id))}>{proposal.title}</Link>
              </p>
              <p className={styles.meta}>
                {proposal.edition?.title ?? ''} · {proposal.reference} ·{' '}
                <span className={styles.status} data-testid="speaker-status">
                  {t.statuses[proposal.status]}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
