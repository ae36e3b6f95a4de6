import type { CollectionSlug, PayloadRequest } from 'payload'

import { openTransactionId } from '../../platform/db/afterCommit'
import { beginMaintenanceTransaction } from '../../platform/db/databaseAdapter'
import { exactUndo } from '../../platform/db/exactUndo'
import { notifySpeakersOfRelease, type EnqueueEmail } from './notify'
import { publishProgrammeRelease, type PublishedRelease, type PublishInput, type UndoLog } from './publish'

type Id = number | string

/** Queues one email and answers its job id (the shared queue's `queueEmailJob`). */
export type QueueEmailJob = (...args: Parameters<EnqueueEmail>) => Promise<string>

/**
 * "Publish programme version N" as one change: the sessions published, the release recorded and the
 * speakers' emails queued, or none of it. In one database transaction where the database gives one
 * (SQLite; MongoDB as a replica set; or the caller's own); otherwise each write registers its exact undo
 * and a failure undoes the done ones in reverse, as archiving does (src/archive/archiveEdition.ts).
 * Cache expiry waits for the commit (src/platform/db/afterCommit.ts), so no page shows a release
 * that is then rolled back.
 *
 * `transaction: false` takes the undo path a database without transactions gets (tested on SQLite).
 */
export async function publishReleaseAndNotify(
  req: PayloadRequest,
  input: PublishInput,
  queueEmail: QueueEmailJob,
  options: { transaction?: boolean } = {},
): Promise<PublishedRelease & { emails: number }> {
  const { payload } = req
  const outer = req.transactionID
  const joined = (await openTransactionId(outer)) !== null
  const own = joined || options.transaction === false ? null : await beginMaintenanceTransaction(payload)
  if (own !== null) req.transactionID = own
  const undos: Array<() => Promise<unknown>> = []
  const undo: UndoLog | undefined =
    joined || own !== null
      ? undefined
      : {
          record: (step) => void undos.push(step),
          before: async (collection: CollectionSlug, id: Id) => void undos.push(await exactUndo(req, collection, id)),
        }
  try {
    const release = await publishProgrammeRelease(req, input, undo)
    const emails = await notifySpeakersOfRelease(req, release, async (...args) => {
      const job = await queueEmail(...args)
      undo?.record(() => payload.delete({ collection: 'payload-jobs', id: payload.db.defaultIDType === 'number' ? Number(job) : job, req }))
    })
    if (own !== null) await payload.db.commitTransaction(own)
    return { ...release, emails }
  } catch (error) {
    if (own !== null) await payload.db.rollbackTransaction(own)
    for (const step of undos.reverse()) {
      await step().catch((undoError: unknown) => payload.logger.error({ err: undoError, msg: 'Programme release: undo failed' }))
    }
    throw error
  } finally {
    req.transactionID = outer
  }
}
