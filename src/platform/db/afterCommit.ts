import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type TransactionId = number | string
type Task = () => void

/**
 * Work that must wait until a transaction's writes are visible to everyone (cache expiry): run on
 * commit, dropped on rollback. MongoDB runs each request in a transaction, so an afterChange hook
 * runs before its write is visible; a page rendered in between would cache the old content.
 */
const pending = new Map<string, Task[]>()

/** Runs `task` once the transaction commits, or now when there is none. */
export async function afterCommit(transactionID: TransactionId | Promise<TransactionId> | undefined | null, task: Task): Promise<'now' | 'after-commit'> {
  const id = await transactionID
  if (id === undefined || id === null) {
    task()
    return 'now'
  }
  const key = String(id)
  pending.set(key, [...(pending.get(key) ?? []), task])
  return 'after-commit'
}

function settle(id: TransactionId, run: boolean) {
  const tasks = pending.get(String(id)) ?? []
  pending.delete(String(id))
  if (run) for (const task of tasks) task()
}

/** Makes the adapter run afterCommit tasks when it commits and drop them when it rolls back. */
export function withAfterCommit(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as BaseDatabaseAdapter
      const commit = adapter.commitTransaction
      const rollback = adapter.rollbackTransaction
      adapter.commitTransaction = async function commitThenRun(id) {
        await commit.call(this, id)
        settle(await id, true)
      }
      adapter.rollbackTransaction = async function rollbackAndDrop(id) {
        try {
          await rollback.call(this, id)
        } finally {
          settle(await id, false)
        }
      }
      return adapter
    },
  }
}
