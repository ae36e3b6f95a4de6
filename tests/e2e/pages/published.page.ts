import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

/** The published site behind nginx, and the REST calls an editor makes through it. */
export class PublishedSite {
  private cookie = ''
  oldTagline: string | null = null
  marker: string | null = null

  constructor(
    readonly nginxUrl: string,
    readonly appUrl: string,
  ) {}

  private headers(): Record<string, string> {
    return { 'content-type': 'application/json', origin: this.nginxUrl, ...(this.cookie ? { cookie: this.cookie } : {}) }
  }

  /** Creates the first account (it becomes the admin) and logs in, through nginx. */
  async register(credentials: { email: string; password: string }): Promise<void> {
    const created = await fetch(`${this.nginxUrl}/api/users/first-register`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ ...credentials, name: 'Publish test admin' }),
    })
    if (!created.ok) throw new Error(`first-register answered ${created.status}: ${await created.text()}`)
    const login = await fetch(`${this.nginxUrl}/api/users/login`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify(credentials),
    })
    const cookie = login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    if (!cookie) throw new Error(`login answered ${login.status} without the payload-token cookie`)
    this.cookie = cookie.split(';')[0]!
  }

  async edition(year: number): Promise<{ id: number | string; tagline: string }> {
    const found = await fetch(`${this.nginxUrl}/api/editions?where[year][equals]=${year}&depth=0&locale=en`, { headers: this.headers() })
    const docs = ((await found.json()) as { docs: Array<{ id: number | string; tagline: string }> }).docs
    if (!docs[0]) throw new Error(`no edition ${year}`)
    return docs[0]
  }

  async setTagline(id: number | string, tagline: string): Promise<void> {
    const response = await fetch(`${this.nginxUrl}/api/editions/${id}?locale=en`, {
      method: 'PATCH',
      headers: this.headers(),
      body: JSON.stringify({ tagline, _status: 'published' }),
    })
    if (response.status !== 200) throw new Error(`PATCH edition answered ${response.status}: ${await response.text()}`)
  }

  /** Reloads `pathname` in the browser until `text` shows; the milliseconds it took, or null. */
  async waitForText(page: Page, pathname: string, text: string, timeoutMs: number): Promise<number | null> {
    const started = Date.now()
    while (Date.now() - started < timeoutMs) {
      await page.goto(`${this.nginxUrl}${pathname}`)
      if ((await page.content()).includes(text)) return Date.now() - started
      await page.waitForTimeout(50)
    }
    return null
  }

  /** Waits until no file in the folder changed for a second (the publisher is done). */
  async waitForQuietFolder(dir: string, timeoutMs = 60_000): Promise<void> {
    const started = Date.now()
    let last = -1
    let stableSince = Date.now()
    while (Date.now() - started < timeoutMs) {
      const newest = newestMtime(dir)
      if (newest !== last) {
        last = newest
        stableSince = Date.now()
      } else if (Date.now() - stableSince > 1500) return
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error(`the publish folder kept changing for ${timeoutMs} ms`)
  }

  /** Every URL of the sitemap, as nginx serves it (its origin is nginx: NEXT_PUBLIC_SERVER_URL). */
  async sitemapUrls(): Promise<string[]> {
    const xml = await (await fetch(`${this.nginxUrl}/sitemap.xml`)).text()
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'))
  }
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const mtime = fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs
    if (mtime > newest) newest = mtime
  }
  return newest
}
