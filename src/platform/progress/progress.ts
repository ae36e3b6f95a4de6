/**
 * Progress of a long command (publish, sample-data, backup, restore, archive:export):
 * a bar with counts and time left on a terminal, plain lines otherwise (CI, logs), and one summary line
 * at the end: what, how many, how long.
 */
export type ProgressOptions = {
  /** What is being done, e.g. "publish" or "sample-data: proposals". */
  label: string
  total: number
  /** Where to write; stderr by default so stdout stays for results. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  /** Plain lines: at most one every this many ms (default 2 s). */
  lineIntervalMs?: number
  now?: () => number
}

export type Progress = {
  tick: (count?: number) => void
  /** More work found on the way (a crawl discovers its pages as it goes). */
  addToTotal: (count: number) => void
  /** Prints the summary line and returns it. `detail` is appended (e.g. "3 failed"). */
  done: (detail?: string) => string
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?'
  if (ms < 1000) return `${Math.round(ms)} ms`
  const seconds = ms / 1000
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr
  const now = options.now ?? Date.now
  const tty = Boolean(stream.isTTY)
  const lineIntervalMs = options.lineIntervalMs ?? 2000
  const started = now()
  let total = options.total
  let count = 0
  let lastLine = started
  let lastDraw = 0

  const eta = (): string => {
    if (count === 0) return '?'
    const elapsed = now() - started
    return formatDuration((elapsed / count) * Math.max(0, total - count))
  }

  const draw = () => {
    const ratio = Math.min(1, count / Math.max(total, 1))
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - options.label.length - 40))
    const filled = Math.round(ratio * width)
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
    stream.write(`\r${options.label} ${bar} ${count}/${total} ${Math.round(ratio * 100)}% · ${eta()} left\x1b[K`)
  }

  return {
    tick(step = 1) {
      count += step
      const at = now()
      if (tty) {
        // Redraw at most 20 times a second: a terminal repaint costs more than a page write.
        if (at - lastDraw >= 50 || count >= total) {
          lastDraw = at
          draw()
        }
      } else if (at - lastLine >= lineIntervalMs) {
        lastLine = at
        stream.write(`${options.label}: ${count}/${total}, ${eta()} left\n`)
      }
    },
    addToTotal(more) {
      total += more
    },
    done(detail) {
      const line = `${options.label}: ${count} of ${total} in ${formatDuration(now() - started)}${detail ? `, ${detail}` : ''}`
      stream.write(`${tty ? '\r\x1b[K' : ''}${line}\n`)
      return line
    },
  }
}

/** Starts a progress once the amount of work is known (the long function counts, the command draws). */
export type StartProgress = (total: number) => Progress
