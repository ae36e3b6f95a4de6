import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

type TransactionId = number | string
type Task = () => void | Promise<void>

/**
 * Work that must wait until a transaction's writes are visible to everyone (cache expiry): run on
 * commit, dropped on rollback. MongoDB runs each request in a transaction, so an afterChange hook
 * runs before its write is visible; a page rendered in between would cache the old content.
 */
const pending = new Map<string, Task[]>()

/**
 * The id of the transaction a request runs in, or null. Where the adapter gives none, Payload leaves
 * a promise of null (or another placeholder) on `req.transactionID`: only a string or number is one.
 */
export async function openTransactionId(transactionID: unknown): Promise<TransactionId | null> {
  const id = await transactionID
  return typeof id === 'string' || typeof id === 'number' ? id : null
}

/**
 * Runs `task` once the transaction commits (the commit waits for it), or now when there is none.
 * A task runs after the commit, so it must not use that transaction: see `outsideTransaction`.
 */
export async function afterCommit(transactionID: unknown, task: Task): Promise<'now' | 'after-commit'> {
  const id = await openTransactionId(transactionID)
  if (id === null) {
    await task()
    return 'now'
  }
  const key = String(id)
  pending.set(key, [...(pending.get(key) ?? []), task])
  return 'after-commit'
}

async function settle(id: TransactionId | null, run: boolean, log: (error: unknown) => void) {
  if (id === null) return
  const tasks = pending.get(String(id)) ?? []
  pending.delete(String(id))
  if (!run) return
  // The writes are committed: a failing task is logged, never reported as a failed commit.
  for (const task of tasks) {
    try {
      await task()
    } catch (error) {
      log(error)
    }
  }
}

/** Makes the adapter run afterCommit tasks when it commits and drop them when it rolls back. */
export function withAfterCommit(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as BaseDatabaseAdapter
      const commit = adapter.commitTransaction
      const rollback = adapter.rollbackTransaction
      const log = (error: unknown) => args.payload.logger.error({ err: error, msg: 'A task run after a commit failed' })
      adapter.commitTransaction = async function commitThenRun(id) {
        await commit.call(this, id)
        await settle(await openTransactionId(id), true, log)
      }
      adapter.rollbackTransaction = async function rollbackAndDrop(id) {
        try {
          await rollback.call(this, id)
        } finally {
          await settle(await openTransactionId(id), false, log)
        }
      }
      return adapter
    },
  }
}

/** A request for work run after its transaction committed: same payload, user and context, no transaction. */
export function outsideTransaction(req: PayloadRequest): PayloadRequest {
  return { payload: req.payload, user: req.user, i18n: req.i18n, t: req.t, context: req.context } as PayloadRequest
}
