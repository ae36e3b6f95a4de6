import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { peopleOf } from '@/cfp/coSpeakers/invitations'
import { coSpeakerMessages } from '@/cfp/coSpeakers/messages'
import { People } from '@/cfp/coSpeakers/ui/People'
import { readFormState } from '@/cfp/submit/formState'
import { cfpMessages, fieldErrorMessage } from '@/cfp/submit/messages'
import type { FieldName } from '@/cfp/submit/submission'
import { PublicPage } from '@/platform/ui/PublicPage'
import { formatDay } from '@/platform/dates'
import { isLocale, localePath } from '@/platform/i18n'
import { payloadClient } from '@/platform/payload'
import { currentSpeaker } from '@/speakers/space/currentSpeaker'
import { speakerMessages } from '@/speakers/space/messages'
import { formStateKey } from '@/speakers/space/proposalHttp'
import { findMyProposal, formValuesOf, proposalRights } from '@/speakers/space/proposals'
import { speakerRoutes } from '@/speakers/space/routes'
import { ProposalEditForm } from '@/speakers/space/ui/ProposalEditForm'
import { SignInForm } from '@/speakers/space/ui/SignInForm'
import styles from '@/speakers/space/ui/Space.module.css'
import { WithdrawForm } from '@/speakers/space/ui/WithdrawForm'
import { ParticipationForm } from '@/speakers/space/ui/ParticipationForm'
import { confirmationMessages } from '@/speakers/space/confirmationMessages'
import { confirmationOpen, confirmByOf } from '@/cfp/decisions/participation'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: speakerMessages(isLocale(locale) ? locale : 'en').title, robots: { index: false, follow: false } }
}

/** One of the speaker's proposals: edit while the call is open, withdraw until the edition is archived. */
export default async function SpeakerProposalPage({ params, searchParams }: Props) {
  const { locale, id: rawId } = await params
  if (!isLocale(locale)) notFound()
  const t = speakerMessages(locale)
  const query = await searchParams
  const payload = await payloadClient()
  const speaker = await currentSpeaker(payload)
  const path = speakerRoutes.proposal(rawId)
  if (!speaker) {
    return (
      <PublicPage locale={locale} path={path}>
        <div className={`container ${styles.page}`}>
          <h1>{t.title}</h1>
          <p className={styles.notice}>{t.signedOutRequired}</p>
          <SignInForm locale={locale} error={false} />
        </div>
      </PublicPage>
    )
  }
  const id = payload.db.defaultIDType === 'number' ? (/^[1-9]\d{0,15}$/.test(rawId) ? Number(rawId) : null) : rawId
  const proposal = id === null ? null : await findMyProposal(payload, speaker.email, id)
  if (!proposal) notFound()
  const rights = await proposalRights(payload, proposal, locale, new Date())
  const state = await readFormState(payload, typeof query.form === 'string' ? query.form : null, formStateKey(proposal.id, speaker.email))
  const errors = Object.fromEntries(
    Object.entries(state?.errors ?? {}).map(([field, error]) => [field, fieldErrorMessage(locale, field as FieldName, error!)]),
  ) as Partial<Record<FieldName, string>>
  const live = proposal.status !== 'withdrawn' && proposal.status !== 'not-accepted'
  // Only a released acceptance asks each of its people to confirm (src/cfp/decisions/participation.ts).
  const mine = proposal.status === 'accepted' ? proposal.participation.find((row) => row.email === speaker.email) : undefined
  const confirmBy = mine ? await confirmByOf(payload, proposal.editionId) : null
  const answered = query.answered === 'confirmed' || query.answered === 'declined' ? query.answered : null
  return (
    <PublicPage locale={locale} path={path}>
      <div className={`container ${styles.page}`}>
        <p>
          <Link href={localePath(locale, speakerRoutes.home())}>← {t.proposal.back}</Link>
        </p>
        <h1>{proposal.title}</h1>
        <p className={styles.meta}>
          {t.proposal.reference}: {proposal.reference} · {t.proposal.status}:{' '}
          <span className={styles.status} data-testid="speaker-status">
            {t.statuses[proposal.status]}
          </span>
        </p>
        {query.saved === '1' && (
          <p className={styles.notice} role="status">
            {t.proposal.saved}
          </p>
        )}
        {query.invited === '1' && (
          <p className={styles.notice} role="status">
            {coSpeakerMessages(locale).invited}
          </p>
        )}
        {query.withdrawn === '1' && (
          <p className={styles.notice} role="status">
            {t.proposal.withdrawn}
          </p>
        )}
        {answered && (
          <p className={styles.notice} role="status">
            {confirmationMessages(locale).saved[answered]}
          </p>
        )}
        {mine && rights.kind !== 'archived' && (
          <ParticipationForm
            locale={locale}
            proposalId={proposal.id}
            response={mine.response}
            confirmBy={confirmBy}
            open={confirmationOpen(confirmBy, new Date())}
          />
        )}
        {rights.kind === 'archived' && <p className={styles.notice}>{t.proposal.archived}</p>}
        {rights.kind === 'closed' && live && (
          <p className={styles.notice}>
            {rights.closedAt ? t.proposal.closed(formatDay(rights.closedAt, locale)) : t.proposal.closedNoDate}
          </p>
        )}
        {rights.kind === 'open' && live && (
          <>
            <p className={styles.notice}>{t.proposal.editable(formatDay(rights.deadline, locale))}</p>
            <ProposalEditForm
              locale={locale}
              proposalId={proposal.id}
              edition={rights.edition}
              values={state?.values ?? formValuesOf(proposal)}
              errors={errors}
            />
          </>
        )}
        {rights.kind !== 'open' && (
          <dl>
            <dt>{t.proposal.edition}</dt>
            <dd>{rights.edition?.title ?? ''}</dd>
            <dt>{cfpMessages(locale).labels.abstract}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{proposal.abstract}</dd>
          </dl>
        )}
        <People
          locale={locale}
          proposalId={proposal.id}
          submitter={proposal.submitter.name}
          people={await peopleOf(payload, proposal.id)}
          canInvite={rights.kind !== 'archived' && live}
        />
        {rights.kind !== 'archived' && live && <WithdrawForm locale={locale} proposalId={proposal.id} />}
      </div>
    </PublicPage>
  )
}
