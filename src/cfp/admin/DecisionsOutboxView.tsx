import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'

import { AdminFrame, editorsOnly } from '../../platform/ui/admin/EditorsAdminView'
import { readOutbox } from '../decisions/outbox'
import { OutboxReleaseForm } from './OutboxReleaseForm'
import { releaseCountsFrom, releaseOutcomeText } from './releaseOutcome'

const KIND_WORDS: Record<string, string> = { accept: 'Accept', decline: 'Decline', waitlist: 'Waitlist' }
const EMAIL_WORDS: Record<string, string> = {
  draft: 'prepared, not sent',
  queued: 'queued',
  sent: 'sent',
  captured: 'not sent: no mail server configured',
  failed: 'failed',
}

/**
 * /admin/decisions-outbox: the decisions taken but not released, per edition, with their prepared emails
 * (edited one by one on the proposal), and released ones whose email failed. Editors and admins only;
 * releasing goes through POST /api/proposals/release, which checks the role again.
 */
export async function DecisionsOutboxView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  editorsOnly(req)
  const groups = await readOutbox(req.payload)
  const outcome = releaseCountsFrom(searchParams as Record<string, string | string[] | undefined> | undefined)
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className="gutter--left gutter--right" style={{ paddingBottom: 'calc(var(--base) * 2)' }}>
        <h1>Decisions outbox</h1>
        <p>
          Decisions taken in the admin stay here, unseen by speakers, until they are released: releasing sends each prepared email (open a
          proposal to edit its email) and shows the decision in the speaker’s space. An acceptance’s email carries the link where its
          speakers confirm. Emails that failed stay here to be released again.
        </p>
        {outcome ? (
          <p role="status" style={{ color: outcome.failed === 0 ? 'var(--theme-success-750)' : 'var(--theme-error-750)' }}>
            {releaseOutcomeText(outcome)}
          </p>
        ) : null}
        {groups.length === 0 ? <p data-testid="outbox-empty">Nothing to release: every decision taken is released.</p> : null}
        {groups.map((group) => (
          <section key={String(group.edition.id)} aria-label={`Outbox of ${group.edition.title}`}>
            <h2>
              {group.edition.title} ({group.items.length})
            </h2>
            <OutboxReleaseForm edition={group.edition.id}>
              <table style={{ width: '100%', borderCollapse: 'collapse' }}>
                <thead>
                  <tr>
                    <th scope="col">Release</th>
                    <th scope="col">Proposal</th>
                    <th scope="col">Decision</th>
                    <th scope="col">Language</th>
                    <th scope="col">Email subject</th>
                    <th scope="col">Email</th>
                  </tr>
                </thead>
                <tbody>
                  {group.items.map((item) => (
                    <tr key={String(item.id)} data-testid="outbox-row">
                      <td>
                        <input type="checkbox" name="ids" value={String(item.id)} aria-label={`Select ${item.reference}`} />
                      </td>
                      <td>
                        <Link href={`/admin/collections/proposals/${item.id}`}>
                          {item.reference} · {item.title}
                        </Link>
                      </td>
                      <td>{KIND_WORDS[item.kind] ?? item.kind}</td>
                      <td>{item.locale}</td>
                      <td>{item.subject}</td>
                      <td>
                        {item.pending ? 'pending · ' : 'released · '}
                        {EMAIL_WORDS[item.emailStatus] ?? item.emailStatus}
                        {item.error ? ` (${item.error})` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </OutboxReleaseForm>
          </section>
        ))}
      </div>
    </AdminFrame>
  )
}
