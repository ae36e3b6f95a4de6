import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type Field,
  type PayloadRequest,
} from 'payload'

import { forgetReviewAccessLookups, reviewAggregatesReadable } from '../access'
import { relationId } from '../../platform/relations'
import { afterCommit, openTransactionId, outsideTransaction } from '../../platform/db/afterCommit'
import { retryTransient } from '../../platform/db/retry'

/**
 * A proposal's average score and number of reviews, stored on the proposal (so the admin list can sort
 * and filter by them) and kept up to date by the reviews' hooks below. Readable by editors and admins,
 * and by a reviewer only once they reviewed that proposal (see reviewAggregatesReadable).
 */
export const reviewAggregateFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'reviewCount',
        type: 'number',
        defaultValue: 0,
        index: true,
        label: 'Reviews',
        access: { read: reviewAggregatesReadable, create: () => false, update: () => false },
        admin: { readOnly: true, description: 'Counted from the reviews.' },
      },
      {
        name: 'averageScore',
        type: 'number',
        index: true,
        label: 'Average score',
        access: { read: reviewAggregatesReadable, create: () => false, update: () => false },
        admin: {
          readOnly: true,
          description: 'Average of the review scores (1–5), two decimals.',
          components: { Cell: '/platform/ui/admin/DashWhenEmpty#DashWhenEmpty' },
        },
      },
    ],
  },
]

async function recomputeReviewAggregates(req: PayloadRequest, proposalId: number | string): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'reviews',
    where: { proposal: { equals: proposalId } },
    depth: 0,
    select: { score: true },
    pagination: false,
    overrideAccess: true,
    req,
  })
  const scores = docs.map((review) => Number(review.score)).filter((score) => Number.isFinite(score))
  const average = scores.length > 0 ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null
  const proposal = await req.payload.findByID({
    collection: 'proposals',
    id: proposalId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!proposal) return // the proposal is being deleted
  // The first review moves a submitted proposal into review (an allowed step of the status graph).
  const status = proposal.status === 'submitted' && scores.length > 0 ? { status: 'in-review' as const } : {}
  await req.payload.update({
    collection: 'proposals',
    id: proposalId,
    data: { reviewCount: scores.length, averageScore: average, ...status },
    depth: 0,
    overrideAccess: true,
    // overrideAccess also lifts the fields' `update: () => false`: only this function writes them.
    req,
  })
}

/**
 * Recomputes once the review's own save is committed, in a transaction of its own that is run again
 * on a transient conflict (two reviews of one proposal saved at once both update it on MongoDB).
 * Where the save has no transaction (SQLite), it runs at once within the save.
 */
async function recomputeAfterCommit(req: PayloadRequest, proposalIds: Array<number | string>): Promise<void> {
  const inSave = (await openTransactionId(req.transactionID)) === null
  await afterCommit(req.transactionID, async () => {
    for (const id of proposalIds) {
      if (inSave) {
        await recomputeReviewAggregates(req, id)
        continue
      }
      await retryTransient(async () => {
        const own = outsideTransaction(req)
        const owned = await initTransaction(own)
        try {
          await recomputeReviewAggregates(own, id)
          if (owned) await commitTransaction(own)
        } catch (error) {
          if (owned) await killTransaction(own)
          throw error
        }
      })
    }
  })
}

export const updateAggregatesAfterReviewChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  forgetReviewAccessLookups(req)
  const current = relationId(doc.proposal)
  const previous = relationId(previousDoc?.proposal)
  const ids = [current, previous !== undefined && String(previous) !== String(current) ? previous : undefined]
  await recomputeAfterCommit(
    req,
    ids.filter((id): id is number | string => id !== undefined),
  )
  return doc
}

export const updateAggregatesAfterReviewDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  forgetReviewAccessLookups(req)
  const proposal = relationId(doc.proposal)
  if (proposal !== undefined) await recomputeAfterCommit(req, [proposal])
  return doc
}
