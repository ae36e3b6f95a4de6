import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { Forbidden } from 'payload'

import {
  assignedEditionIds,
  editorsOnReviewsUnlessArchived,
  hasRole,
  ownReviewOrEditorUnlessArchived,
  reviewsReadable,
} from '../access'
import { relationId } from '../lib/relations'
import { refuseChangesToArchivedEditions } from '../archive/freeze'

/**
 * One reviewer's score and comment on one proposal. A collection of its own (not an array on the
 * proposal) so the database can enforce one review per reviewer and hide others' reviews.
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
  return { ...data, edition }
}

export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: { singular: 'Review', plural: 'Reviews' },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['proposal', 'reviewer', 'score', 'updatedAt'],
    group: 'Call for proposals',
  },
  access: {
    read: reviewsReadable,
    create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
    update: ownReviewOrEditorUnlessArchived,
    delete: editorsOnReviewsUnlessArchived,
  },
  hooks: { beforeOperation: [refuseChangesToArchivedEditions('reviews')], beforeChange: [bindReviewerAndEdition] },
  indexes: [{ fields: ['proposal', 'reviewer'], unique: true }],
  fields: [
    { name: 'proposal', type: 'relationship', relationTo: 'proposals', required: true, index: true },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { readOnly: true, description: 'Set to you when you save.' },
    },
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'editions',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'score', type: 'number', required: true, min: 1, max: 5, admin: { step: 1 } },
    { name: 'comment', type: 'textarea', maxLength: 4000 },
  ],
}
