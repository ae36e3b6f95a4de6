import type { CollectionBeforeChangeHook, CollectionConfig, Where } from 'payload'
import { Forbidden, ValidationError } from 'payload'

import { assignedEditionIds, canWriteReviews, reviewsReadable } from '../access'
import { editorsOnReviewsUnlessArchived, ownReviewOrEditorUnlessArchived } from '../../archive/access'
import { hasRole } from '../../platform/access'
import { updateAggregatesAfterReviewChange, updateAggregatesAfterReviewDelete } from './reviewAggregates'
import { relationId } from '../../platform/relations'
import { proposalLabel, reviewerNameOf } from './reviewLabels'
import { refuseChangesToArchivedEditions } from '../../archive/freeze'

/**
 * One reviewer's score and comment on one proposal. A collection of its own (not an array on the
 * proposal) so the database can enforce one review per reviewer and hide others' reviews.
 * Every save also rewrites its copies of the proposal's reference and title and of the reviewer's name.
 */
const bindReviewerAndEdition: CollectionBeforeChangeHook = async ({ data, operation, req, originalDoc }) => {
  const proposalId = relationId(data.proposal ?? originalDoc?.proposal)
  if (proposalId === undefined) return data
  const proposal = await req.payload.findByID({ collection: 'proposals', id: proposalId, depth: 0, req })
  const edition = relationId(proposal.edition)
  if (hasRole(req.user, 'reviewer')) {
    const assigned = assignedEditionIds(req.user).map(String)
    if (edition === undefined || !assigned.includes(String(edition))) {
      throw new Forbidden(req.t)
    }
    // A reviewer always writes in their own name.
    if (req.user) data.reviewer = req.user.id
  }
  if (operation === 'create' && req.user && !data.reviewer) data.reviewer = req.user.id
  const reviewerName = await reviewerNameOf(req, data.reviewer ?? originalDoc?.reviewer)
  return { ...data, edition, proposalLabel: proposalLabel(proposal), reviewerName }
}

/** One review per reviewer and proposal, said clearly before the unique index would refuse it. */
const oneReviewPerReviewer: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const proposal = relationId(data.proposal ?? originalDoc?.proposal)
  const reviewer = relationId(data.reviewer ?? originalDoc?.reviewer)
  if (proposal === undefined || reviewer === undefined) return data
  const conditions: Where[] = [{ proposal: { equals: proposal } }, { reviewer: { equals: reviewer } }]
  if (originalDoc?.id !== undefined) conditions.push({ id: { not_equals: originalDoc.id } })
  const { totalDocs } = await req.payload.count({ collection: 'reviews', where: { and: conditions }, overrideAccess: true, req })
  if (totalDocs > 0) {
    throw new ValidationError({
      collection: 'reviews',
      errors: [{ path: 'proposal', message: 'You have already reviewed this proposal: edit your review instead.' }],
    })
  }
  return data
}

export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: { singular: { en: 'Review', fr: 'Évaluation' }, plural: { en: 'Reviews', fr: 'Évaluations' } },
  admin: {
    // The proposal's reference and title name the review, link to it and are what the search looks in.
    useAsTitle: 'proposalLabel',
    listSearchableFields: ['proposalLabel'],
    defaultColumns: ['proposalLabel', 'reviewerName', 'score', 'comment', 'edition', 'updatedAt'],
    group: { en: 'Call for proposals', fr: 'Appel à propositions' },
    components: { beforeListTable: ['/editions/admin/EditionQuickFilter#EditionQuickFilter'] },
  },
  access: {
    read: reviewsReadable,
    create: canWriteReviews,
    update: ownReviewOrEditorUnlessArchived,
    delete: editorsOnReviewsUnlessArchived,
  },
  hooks: {
    beforeOperation: [refuseChangesToArchivedEditions('reviews')],
    beforeChange: [bindReviewerAndEdition, oneReviewPerReviewer],
    afterChange: [updateAggregatesAfterReviewChange],
    afterDelete: [updateAggregatesAfterReviewDelete],
  },
  indexes: [{ fields: ['proposal', 'reviewer'], unique: true }],
  fields: [
    {
      name: 'proposal',
      type: 'relationship',
      label: { en: 'Proposal', fr: 'Proposition' },
      relationTo: 'proposals',
      required: true,
      index: true,
      admin: { disableListColumn: true },
    },
    {
      // A copy of the proposal's reference and title (src/cfp/review/reviewLabels.ts).
      name: 'proposalLabel',
      type: 'text',
      label: { en: 'Proposal', fr: 'Proposition' },
      index: true,
      // Always rewritten by bindReviewerAndEdition; a list column and search field, not a form field.
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'reviewer',
      type: 'relationship',
      label: { en: 'Reviewer', fr: 'Évaluateur·rice' },
      relationTo: 'users',
      index: true,
      admin: {
        readOnly: true,
        disableListColumn: true,
        description: { en: 'Set to you when you save.', fr: 'Vous, à l’enregistrement.' },
      },
    },
    {
      // A copy of the reviewer's name: editors cannot read other users, so the relation alone shows an id.
      name: 'reviewerName',
      type: 'text',
      label: { en: 'Reviewer', fr: 'Évaluateur·rice' },
      // Always rewritten by bindReviewerAndEdition; a list column and search field, not a form field.
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'edition',
      type: 'relationship',
      label: { en: 'Edition', fr: 'Édition' },
      relationTo: 'editions',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'score', type: 'number', label: { en: 'Score', fr: 'Note' }, required: true, min: 1, max: 5, admin: { step: 1 } },
    { name: 'comment', type: 'textarea', label: { en: 'Comment', fr: 'Commentaire' }, maxLength: 4000 },
  ],
}
