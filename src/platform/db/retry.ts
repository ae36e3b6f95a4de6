/**
 * MongoDB aborts a transaction that meets a concurrent write to the same document (WriteConflict,
 * e.g. two reviews of one proposal updating its averages) and labels the error
 * `TransientTransactionError`: the whole transaction may be run again. This is the one place that
 * does it, a bounded number of times with a short, growing, jittered pause. SQLite never raises it.
 */
export const TRANSIENT_ATTEMPTS = 4

type Labelled = { errorLabels?: unknown; hasErrorLabel?: (label: string) => boolean; code?: unknown; cause?: unknown }

export function isTransientTransactionError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const labelled = current as Labelled
    if (typeof labelled.hasErrorLabel === 'function' && labelled.hasErrorLabel('TransientTransactionError')) return true
    if (Array.isArray(labelled.errorLabels) && labelled.errorLabels.includes('TransientTransactionError')) return true
    // 112: WriteConflict, when a wrapper dropped the labels.
    if (labelled.code === 112) return true
    current = labelled.cause
  }
  return false
}

/**
 * Runs `transaction` (which must start and end its own transaction, e.g. one Local API operation or
 * a function that calls initTransaction/commitTransaction) again while it fails transiently.
 */
export async function retryTransient<T>(
  transaction: () => Promise<T>,
  options: { attempts?: number; pauseMs?: number; onRetry?: (attempt: number, error: unknown) => void } = {},
): Promise<T> {
  const attempts = options.attempts ?? TRANSIENT_ATTEMPTS
  const pause = options.pauseMs ?? 25
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction()
    } catch (error) {
      if (attempt >= attempts || !isTransientTransactionError(error)) throw error
      options.onRetry?.(attempt, error)
      await new Promise((resolve) => setTimeout(resolve, pause * 2 ** (attempt - 1) * (0.5 + Math.random())))
    }
  }
}
