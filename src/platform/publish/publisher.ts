import fs from 'node:fs/promises'
import path from 'node:path'

import type { Progress } from '../progress/progress'
import { fileForPath, removeFile, writeFileAtomic, writePublished } from './files'
import { linkedPaths, pathsForTags, publicPaths, SITEMAP_PATH, sitemapPaths } from './paths'

/**
 * Renders public pages into the publish folder (PUBLISH_DIR) that nginx serves directly.
 *
 * Every page is requested from the production server itself (`fetchPage`), so a file holds exactly
 * what the server answers a visitor: the HTML with Next's runtime stripped. Only pages the server
 * stripped (no-script CSP) are published; a page that needs its scripts, a redirect or a 404 is left
 * to the app (its file, if any, is removed). A failed render (5xx, network error) keeps the previous
 * file, logs one line and is retried with backoff until it succeeds.
 */
export type FetchedPage = { status: number; headers: Headers; body: Buffer }
export type FetchPage = (path: string) => Promise<FetchedPage>

export type PublisherOptions = {
  dir: string
  fetchPage: FetchPage
  log?: (line: string) => void
  /** Delays before the 1st, 2nd… retry of a failed path; the last one repeats. */
  retryDelaysMs?: number[]
  /** Parallel requests to the server (2 cores: a few). */
  concurrency?: number
  /** A write made outside the server (no `flush()` after it) is published after this long. */
  settleMs?: number
}

export type PublishSummary = { written: number; unchanged: number; removed: number; skipped: number; failed: number; total: number }

/** What publishing one path did: its file written, left as it was, removed or never made (left to the app), or the render failed. */
export type Outcome = 'written' | 'unchanged' | 'removed' | 'skipped' | 'failed'

export const MANIFEST = '.publish-manifest.json'

type Manifest = { pages: string[]; images: string[]; publishedAt: string }

export class Publisher {
  readonly dir: string
  private readonly fetchPage: FetchPage
  private readonly log: (line: string) => void
  private readonly retryDelaysMs: number[]
  private readonly concurrency: number
  private readonly settleMs: number
  private pendingTags = new Set<string>()
  private pendingFull = false
  private settleTimer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private readonly failures = new Map<string, { attempts: number; timer: NodeJS.Timeout }>()

  constructor(options: PublisherOptions) {
    this.dir = options.dir
    this.fetchPage = options.fetchPage
    this.log = options.log ?? ((line) => console.error(line))
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 5000, 30_000, 120_000]
    this.concurrency = options.concurrency ?? 4
    this.settleMs = options.settleMs ?? 1100
  }

  /** Whether the folder has never been published into (start-up then publishes everything). */
  async isEmpty(): Promise<boolean> {
    try {
      await fs.access(path.join(this.dir, MANIFEST))
      return false
    } catch {
      return true
    }
  }

  /** Content behind these cache tags changed: publish the pages that show it once the write settles. */
  schedule(tags: Iterable<string>): void {
    for (const tag of tags) this.pendingTags.add(tag)
    if (this.pendingTags.size === 0) return
    if (!this.settleTimer) {
      this.settleTimer = setTimeout(() => void this.flush(), this.settleMs)
      this.settleTimer.unref?.()
    }
  }

  scheduleFull(): void {
    this.pendingFull = true
    void this.flush()
  }

  /** Publishes what is pending now (the server calls it when a write's response has been sent). */
  flush(): Promise<void> {
    if (this.settleTimer) {
      clearTimeout(this.settleTimer)
      this.settleTimer = null
    }
    if (this.running) return this.running.then(() => (this.hasPending() ? this.flush() : undefined))
    if (!this.hasPending()) return Promise.resolve()
    const full = this.pendingFull
    const tags = [...this.pendingTags]
    this.pendingFull = false
    this.pendingTags = new Set()
    this.running = (full ? this.publishAll() : this.publishTags(tags))
      .then(() => undefined)
      .catch((error: unknown) => {
        // The whole run failed (the sitemap could not be read): keep every file, try again later.
        this.log(
          `publish: ${full ? 'full publish' : `tags ${tags.join(', ')}`} failed (${describe(error)}); keeping the previous files, retrying`,
        )
        if (full) this.pendingFull = true
        for (const tag of tags) this.pendingTags.add(tag)
        this.retryLater('__run__', () => void this.flush())
      })
      .finally(() => {
        this.running = null
      })
    return this.running
  }

  /** Resolves once nothing is pending, running or waiting for a retry (tests, the CLI). */
  async idle(): Promise<void> {
    while (this.running || this.hasPending() || this.failures.size > 0) {
      if (this.running) await this.running
      else if (this.hasPending()) await this.flush()
      else await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  /** Stops retry timers (process exit, tests). */
  close(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer)
    for (const { timer } of this.failures.values()) clearTimeout(timer)
    this.failures.clear()
  }

  private hasPending(): boolean {
    return this.pendingFull || this.pendingTags.size > 0
  }

  /** Every public page, feed and social image; removes the files of pages that are gone. */
  async publishAll(progress?: (total: number) => Progress): Promise<PublishSummary> {
    const paths = publicPaths(sitemapPaths(await this.readSitemap()))
    const manifest = await this.readManifest()
    const images = new Set<string>()
    const bar = progress?.(paths.length)
    const summary = await this.publishPaths(paths, images, () => bar?.tick())
    const imageSummary = await this.publishLinked(images, new Set())
    const gone = [...manifest.pages.filter((p) => !paths.includes(p)), ...manifest.images.filter((p) => !images.has(p))]
    for (const p of gone) if (await removeFile(this.dir, fileForPath(p))) summary.removed++
    await this.writeManifest({ pages: paths, images: [...images] })
    const total = add(summary, imageSummary)
    bar?.done(
      `${total.written} written, ${total.unchanged} unchanged, ${total.removed} removed, ${total.skipped} left to the app, ${total.failed} failed`,
    )
    return total
  }

  /**
   * The pages these expired cache tags affect, plus any page that appeared or disappeared. The known
   * pages go first, before the sitemap is read again: the edited page is not kept waiting for it.
   */
  async publishTags(tags: string[]): Promise<PublishSummary> {
    const manifest = await this.readManifest()
    const images = new Set<string>()
    const first = pathsForTags(tags, [...manifest.pages, ...manifest.images])
    const summary = await this.publishPaths(first, images)
    const paths = publicPaths(sitemapPaths(await this.readSitemap()))
    const done = new Set(first)
    const known = new Set(manifest.pages)
    const added = paths.filter((p) => !known.has(p) && !done.has(p))
    add(summary, await this.publishPaths(added, images))
    const newImages = [...images].filter((p) => !manifest.images.includes(p) && !done.has(p))
    add(summary, await this.publishLinked(new Set(newImages), new Set(manifest.images)))
    for (const p of manifest.pages.filter((page) => !paths.includes(page))) {
      if (await removeFile(this.dir, fileForPath(p))) summary.removed++
    }
    await this.writeManifest({ pages: paths, images: [...new Set([...manifest.images, ...images])] })
    return summary
  }

  /**
   * Publishes one path now, without following what it links to nor touching the manifest (the archive
   * export asks for each page and file it needs: src/platform/publish/publishedSource.ts). A failed
   * render is retried as in any run until `close()`.
   */
  publishPath(urlPath: string): Promise<Outcome> {
    return this.publishOne(urlPath, new Set())
  }

  /** Social images and build assets, and what those link to in turn (a stylesheet's fonts). */
  private async publishLinked(linked: Set<string>, known: Set<string>): Promise<PublishSummary> {
    const summary: PublishSummary = { written: 0, unchanged: 0, removed: 0, skipped: 0, failed: 0, total: 0 }
    let round = [...linked].filter((p) => !known.has(p))
    while (round.length > 0) {
      for (const p of round) known.add(p)
      const found = new Set<string>()
      add(summary, await this.publishPaths(round, found))
      for (const p of found) linked.add(p)
      round = [...found].filter((p) => !known.has(p))
    }
    return summary
  }

  private async publishPaths(paths: string[], images: Set<string>, onDone?: () => void): Promise<PublishSummary> {
    const summary: PublishSummary = { written: 0, unchanged: 0, removed: 0, skipped: 0, failed: 0, total: paths.length }
    let next = 0
    const worker = async () => {
      while (next < paths.length) {
        const p = paths[next++]!
        summary[await this.publishOne(p, images)]++
        onDone?.()
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, paths.length) }, worker))
    return summary
  }

  private async publishOne(urlPath: string, images: Set<string>): Promise<Outcome> {
    let page: FetchedPage
    try {
      page = await this.fetchPage(urlPath)
    } catch (error) {
      // No answer at all: the server is down or not listening yet. The whole run stops with one line
      // and is tried again (flush), instead of one line per page.
      throw new ServerUnreachable(describe(error))
    }
    if (page.status >= 500 || page.status === 429) return this.failed(urlPath, `HTTP ${page.status}`)
    const outcome = await this.store(urlPath, page, images)
    // Only once the file is in place: idle() must not report done before it.
    this.succeeded(urlPath)
    return outcome
  }

  private async store(urlPath: string, page: FetchedPage, images: Set<string>): Promise<Outcome> {
    const file = fileForPath(urlPath)
    const type = page.headers.get('content-type') ?? ''
    // A page that is gone, moved, or needs Next's runtime is the app's to answer.
    if (page.status !== 200 || (type.startsWith('text/html') && !isStrippedPage(page.headers))) {
      return (await removeFile(this.dir, file)) ? 'removed' : 'skipped'
    }
    if (type.startsWith('text/html') || type.startsWith('text/css')) {
      for (const linked of linkedPaths(page.body.toString('utf8'))) if (linked !== urlPath) images.add(linked)
    }
    return (await writePublished(this.dir, file, page.body, type)) ? 'written' : 'unchanged'
  }

  private failed(urlPath: string, reason: string): Outcome {
    const previous = this.failures.get(urlPath)
    if (previous) clearTimeout(previous.timer)
    const attempts = (previous?.attempts ?? 0) + 1
    const delay = this.retryDelaysMs[Math.min(attempts - 1, this.retryDelaysMs.length - 1)]!
    this.log(`publish: ${urlPath} failed (${reason}); keeping the previous file, retry ${attempts} in ${delay} ms`)
    const timer = setTimeout(() => {
      void this.publishOne(urlPath, new Set()).then(
        (outcome) => {
          if (outcome !== 'failed') this.failures.delete(urlPath)
        },
        (error: unknown) => this.failed(urlPath, describe(error)),
      )
    }, delay)
    timer.unref?.()
    this.failures.set(urlPath, { attempts, timer })
    return 'failed'
  }

  private succeeded(urlPath: string): void {
    const previous = this.failures.get(urlPath)
    if (previous) {
      clearTimeout(previous.timer)
      this.failures.delete(urlPath)
    }
  }

  private retryLater(key: string, run: () => void): void {
    const previous = this.failures.get(key)
    const attempts = (previous?.attempts ?? 0) + 1
    const delay = this.retryDelaysMs[Math.min(attempts - 1, this.retryDelaysMs.length - 1)]!
    const timer = setTimeout(() => {
      this.failures.delete(key)
      run()
    }, delay)
    timer.unref?.()
    this.failures.set(key, { attempts, timer })
  }

  private async readSitemap(): Promise<string> {
    const sitemap = await this.fetchPage(SITEMAP_PATH)
    if (sitemap.status !== 200) throw new Error(`${SITEMAP_PATH} answered HTTP ${sitemap.status}`)
    return sitemap.body.toString('utf8')
  }

  private async readManifest(): Promise<Manifest> {
    try {
      const parsed = JSON.parse(await fs.readFile(path.join(this.dir, MANIFEST), 'utf8')) as Partial<Manifest>
      return { pages: parsed.pages ?? [], images: parsed.images ?? [], publishedAt: parsed.publishedAt ?? '' }
    } catch {
      return { pages: [], images: [], publishedAt: '' }
    }
  }

  private async writeManifest(manifest: Omit<Manifest, 'publishedAt'>): Promise<void> {
    const body = JSON.stringify({ ...manifest, publishedAt: new Date().toISOString() }, null, 1)
    await writeFileAtomic(this.dir, MANIFEST, Buffer.from(body))
  }
}

class ServerUnreachable extends Error {}

/**
 * The production server gives the pages it stripped of scripts the no-script policy (src/platform/server/main.ts).
 * A page that frames a recording has its own `frame-src`, which nginx's fixed header for files cannot
 * carry: it stays the app's to answer.
 */
function isStrippedPage(headers: Headers): boolean {
  const policy = headers.get('content-security-policy') ?? ''
  return /script-src 'none'/.test(policy) && !/frame-src/.test(policy)
}

function add(into: PublishSummary, more: PublishSummary): PublishSummary {
  for (const key of Object.keys(into) as Array<keyof PublishSummary>) into[key] += more[key]
  return into
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
