import crypto from 'node:crypto'

import type { ArrayField, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { editorsUnlessEditionArchived } from '../archive/access'
import { hasRole, isAdmin, isEditorOrAdminField, nobodyField } from '../platform/access'
import { proposalsReadable, submitterIdentityReadable } from './access'
import { coSpeakerFields, syncCoSpeakerEmails } from './coSpeakers/fields'
import { decisionEmailField, prepareDecisionEmailOnDecision } from './decisions/decisionEmails'
import { participationField } from './decisions/participation'
import { followDecisionEmailJob, markPendingDecision, releaseFields } from './decisions/pending'
import { ABSTRACT_MAX, ABSTRACT_MIN } from './submit/limits'
import { proposalEndpoints } from './proposalEndpoints'
import { resendConfirmationEndpoint } from './submit/resendEndpoint'
import { reviewAggregateFields } from './review/reviewAggregates'
import { relabelReviewsOfProposal } from './review/reviewLabels'
import { enforceStatusTransition, STATUS_DESCRIPTION } from './statusTransitions'
import { emailField, linksField, themesField } from '../platform/fields/common'
import { editionPickerField } from '../editions/editionRelation'
import { normaliseEmail } from '../platform/text/validation'
import { emailLogField } from '../platform/email/log'
import { DURATION_OPTIONS, FORMAT_OPTIONS, STATUS_OPTIONS } from './options'
import { refuseChangesToArchivedEditions } from '../archive/freeze'
import { LOCALE_OPTIONS } from '../platform/i18n'
import { COUNTRY_OPTIONS } from '../platform/i18n/countries'

/** The statuses and the moves between them live with their rules in src/cfp/statusTransitions.ts. */

/** A short reference the submitter can quote: CAI-2026-7KQ4M2 (no 0/O or 1/I to misread). */
function newProposalReference(year: number | string): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
  const bytes = crypto.randomBytes(6)
  const code = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')
  return `CAI-${year}-${code}`
}

const assignReference: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.reference) return data
  const editionId = data.edition
  let year: number | string = 'X'
  if (editionId !== undefined && editionId !== null) {
    const edition = await req.payload.findByID({ collection: 'editions', id: editionId, depth: 0, draft: true, req })
    year = edition.year
  }
  return { ...data, reference: newProposalReference(year) }
}

const normaliseSubmitterEmail: CollectionBeforeChangeHook = ({ data }) => {
  const email = data.submitter?.email
  if (typeof email === 'string') data.submitter = { ...data.submitter, email: normaliseEmail(email) }
  return data
}

/** A deleted proposal takes its reviews with it (they mean nothing alone). */
const deleteReviewsOfProposal: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'reviews', where: { proposal: { equals: id } }, overrideAccess: true, req })
}

export const Proposals: CollectionConfig = {
  slug: 'proposals',
  labels: { singular: { en: 'Proposal', fr: 'Proposition' }, plural: { en: 'Proposals', fr: 'Propositions' } },
  admin: {
    useAsTitle: 'title',
    // Reviewers do not see the score columns until they reviewed (field access), editors see them all.
    // The submitter's name follows its field access: hidden from reviewers of an anonymised edition.
    defaultColumns: ['reference', 'title', 'submitter.name', 'status', 'format', 'themes', 'averageScore', 'reviewCount', 'edition'],
    listSearchableFields: ['title', 'reference'],
    // The list reads only the columns it shows: every other field (abstract, bio, arrays, email logs)
    // cost more than half the time of a list of 1,000 (bench/admin-proposals-list.ts).
    enableListViewSelectAPI: true,
    group: { en: 'Call for proposals', fr: 'Appel à propositions' },
    description: {
      en: 'Never public. Submitted through the form on the edition page.',
      fr: 'Jamais publiques. Envoyées par le formulaire de la page de l’édition.',
    },
    components: {
      beforeListTable: [
        '/editions/admin/EditionQuickFilter#EditionQuickFilter',
        '/cfp/admin/OutboxLink#OutboxLink',
        '/cfp/admin/ExportProposalsLink#ExportProposalsLink',
      ],
    },
  },
  defaultSort: '-createdAt',
  access: {
    // The public form writes through the server with its own checks; REST/GraphQL create is staff only.
    create: editorsUnlessEditionArchived,
    read: proposalsReadable,
    // Proposals of an archived edition are kept as they were (pending ones too) and frozen.
    update: editorsUnlessEditionArchived,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [refuseChangesToArchivedEditions('proposals')],
    beforeChange: [
      normaliseSubmitterEmail,
      syncCoSpeakerEmails,
      assignReference,
      enforceStatusTransition,
      markPendingDecision,
      followDecisionEmailJob,
    ],
    afterChange: [prepareDecisionEmailOnDecision, relabelReviewsOfProposal],
    afterDelete: [deleteReviewsOfProposal],
  },
  endpoints: [...proposalEndpoints, resendConfirmationEndpoint],
  // The list of one edition's (or a reviewer's editions') proposals, newest first, read in index order. Also the dashboard's proposals per day
  // of the call, one count per day.
  indexes: [{ fields: ['edition', 'status'] }, { fields: ['edition', 'createdAt'] }],
  fields: [
    {
      name: 'reference',
      type: 'text',
      label: { en: 'Reference', fr: 'Référence' },
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Given on submission.' },
    },
    editionPickerField(),
    {
      name: 'status',
      type: 'select',
      label: { en: 'Status', fr: 'Statut' },
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: STATUS_OPTIONS,
      admin: {
        position: 'sidebar',
        description: STATUS_DESCRIPTION,
        components: { afterInput: ['/cfp/admin/AcceptProposalButton#AcceptProposalButton'] },
      },
    },
    ...reviewAggregateFields,
    ...releaseFields,
    {
      name: 'speaker',
      type: 'relationship',
      relationTo: 'speakers',
      access: { read: isEditorOrAdminField },
      admin: {
        position: 'sidebar',
        // Editable: a name match may join two namesakes; pick the right speaker and accept again.
        description: 'The speaker made or found (same name) when the proposal was accepted. Change it if the match is wrong.',
      },
    },
    // First in the main column once a decision is taken: the admin renders fields lazily, only near the
    // viewport (Payload's RenderIfInViewport, 1000 px), so at the foot of a long proposal the group showed
    // its heading with no fields, and no Release button, until scrolled to.
    decisionEmailField,
    {
      name: 'submitter',
      type: 'group',
      label: { en: 'Submitter', fr: 'Proposant·e' },
      fields: [
        // Hidden from reviewers when the edition anonymises its reviews (cfp.anonymiseReviews).
        {
          name: 'name',
          type: 'text',
          label: { en: 'Name', fr: 'Nom' },
          required: true,
          maxLength: 120,
          access: { read: submitterIdentityReadable },
        },
        // Reviewers judge the proposal, not the person: the address stays with editors.
        emailField('email', { label: { en: 'Email', fr: 'E-mail' }, required: true, access: { read: isEditorOrAdminField } }),
        {
          name: 'affiliation',
          type: 'text',
          label: { en: 'Affiliation', fr: 'Affiliation' },
          maxLength: 160,
          access: { read: submitterIdentityReadable },
        },
        // Asked only when the edition shows proposals by country (cfp.showCountries); an ISO 3166-1 code.
        {
          name: 'country',
          type: 'select',
          label: { en: 'Country', fr: 'Pays' },
          options: COUNTRY_OPTIONS,
          access: { read: submitterIdentityReadable },
        },
      ],
    },
    ...coSpeakerFields,
    { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, required: true, maxLength: 200 },
    {
      name: 'abstract',
      type: 'textarea',
      label: { en: 'Abstract', fr: 'Résumé' },
      required: true,
      minLength: ABSTRACT_MIN,
      maxLength: ABSTRACT_MAX,
    },
    {
      name: 'format',
      type: 'select',
      label: { en: 'Format', fr: 'Format' },
      required: true,
      options: FORMAT_OPTIONS,
    },
    themesField({ sameEditionAs: 'edition' }),
    {
      name: 'otherTheme',
      type: 'text',
      label: { en: 'Other theme', fr: 'Autre thème' },
      maxLength: 200,
      admin: { description: { en: 'A theme outside the suggested list.', fr: 'Un thème hors de la liste proposée.' } },
    },
    { name: 'durationWish', type: 'select', label: { en: 'Duration wish', fr: 'Durée souhaitée' }, options: DURATION_OPTIONS },
    // The bio and links name the person as surely as the name does: anonymised with it.
    {
      name: 'bio',
      type: 'textarea',
      label: { en: 'Bio', fr: 'Biographie' },
      required: true,
      maxLength: 1500,
      access: { read: submitterIdentityReadable },
    },
    { ...(linksField() as ArrayField), access: { read: submitterIdentityReadable } },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      validate: (value: unknown) => (value === true ? true : 'Consent to be contacted and to have the proposal stored is required.'),
    },
    {
      // The form's idempotency token: a double click or a resubmitted form finds the proposal it already
      // made (the unique index decides, also under concurrency). Nobody reads it through the API.
      name: 'submissionToken',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 64,
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'language',
      type: 'select',
      options: LOCALE_OPTIONS,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'The language the proposal was submitted in; emails to the submitter use it.',
      },
    },
    // What became of each email about this proposal, so an editor sees a failed one and can resend it.
    emailLogField('emails'),
    {
      name: 'resendConfirmation',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (_data, _siblingData, { user }) => hasRole(user as never, 'admin', 'editor'),
        components: { Field: '/cfp/admin/ResendConfirmationButton#ResendConfirmationButton' },
      },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: { en: 'Internal notes', fr: 'Notes internes' },
      access: { read: isEditorOrAdminField, update: isEditorOrAdminField },
      admin: { description: 'Visible to editors only.' },
    },
    participationField,
  ],
}
