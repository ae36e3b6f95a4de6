import type { Locale } from '../../platform/i18n'
import { absoluteUrl, routes } from '../../platform/routes'
import { siteUrl } from '../../platform/env/siteUrl'

/** The emails of the call for proposals: plain text, in the submitter's language for the confirmation. */
export type EmailMessage = { subject: string; text: string }

export type ProposalSummary = {
  id: number | string
  reference: string
  title: string
  format: string
  submitter: { name: string; email: string; affiliation?: string | null }
}

type EditionSummary = { year: number; title: string; contactEmail?: string | null }

export function confirmationEmail(locale: Locale, proposal: ProposalSummary, edition: EditionSummary): EmailMessage {
  const editionUrl = absoluteUrl(locale, routes.edition(edition.year))
  if (locale === 'fr') {
    return {
      subject: `Proposition reçue : ${proposal.reference} · ${edition.title}`,
      text: [
        `Bonjour ${proposal.submitter.name},`,
        '',
        `Nous avons bien reçu votre proposition « ${proposal.title} » pour ${edition.title}.`,
        '',
        `Votre référence : ${proposal.reference}`,
        'Rappelez-la dans tout message au sujet de cette proposition.',
        '',
        'Le comité scientifique examine chaque proposition après la date limite ; nous vous écrirons à cette adresse.',
        ...(edition.contactEmail ? ['', `Une question ? Écrivez à ${edition.contactEmail}.`] : []),
        '',
        'L’équipe Commons AI',
        editionUrl,
      ].join('\n'),
    }
  }
  return {
    subject: `Proposal received: ${proposal.reference} · ${edition.title}`,
    text: [
      `Dear ${proposal.submitter.name},`,
      '',
      `We have received your proposal “${proposal.title}” for ${edition.title}.`,
      '',
      `Your reference: ${proposal.reference}`,
      'Please quote it in any message about this proposal.',
      '',
      'The scientific committee reviews every proposal after the deadline; we will write to you at this address.',
      ...(edition.contactEmail ? ['', `Any question? Write to ${edition.contactEmail}.`] : []),
      '',
      'The Commons AI team',
      editionUrl,
    ].join('\n'),
  }
}

/** To the edition's contact address: a new proposal arrived (with a link to it in the admin). */
export function notificationEmail(proposal: ProposalSummary, edition: EditionSummary, locale: Locale): EmailMessage {
  const adminUrl = `${siteUrl()}/admin/collections/proposals/${proposal.id}`
  return {
    subject: `New proposal ${proposal.reference}: ${proposal.title}`,
    text: [
      `A new proposal was submitted to ${edition.title}.`,
      '',
      `Reference: ${proposal.reference}`,
      `Title: ${proposal.title}`,
      `Format: ${proposal.format}`,
      `Submitted by: ${proposal.submitter.name}${proposal.submitter.affiliation ? ` (${proposal.submitter.affiliation})` : ''}`,
      `Language: ${locale === 'fr' ? 'French' : 'English'}`,
      '',
      `Read it in the admin: ${adminUrl}`,
    ].join('\n'),
  }
}
