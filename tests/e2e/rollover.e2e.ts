/**
 * From one edition to the next, through the admin: prepare 2027 from 2026 copying themes and committee
 * only, see the draft edition and what the dashboard says it lacks, then archive 2026 making 2027 current,
 * export it (twice, byte for byte) and check it with archive:verify and archive:links.
 * The server's database is put back as it was afterwards (other files expect 2026 current).
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { RolloverPage } from './pages/rollover.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'

type Doc = Record<string, any> & { id: number | string }

function run(script: string, args: string[]) {
  const dir = process.env.E2E_DIR
  if (!dir) throw new Error('E2E_DIR is not set: run the browser tests with `npm run test:e2e`')
  return spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`, NEXT_PUBLIC_SERVER_URL: '' },
    timeout: 180_000,
  })
}

/** Every file of a folder with its bytes, by relative path. */
function snapshot(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name)
    if (entry.isDirectory()) for (const [file, data] of snapshot(dir, relative)) files.set(file, data)
    else files.set(relative, fs.readFileSync(path.join(dir, relative)))
  }
  return files
}

async function api(cookie: string, path: string, init: RequestInit = {}): Promise<any> {
  const request = () =>
    fetch(`${baseURL()}/api/${path}`, {
      ...init,
      headers: { cookie, origin: baseURL(), 'content-type': 'application/json', ...(init.headers ?? {}) },
    })
  // The exports below run with spawnSync, which blocks this process: a kept-alive connection the server
  // closed meanwhile is only noticed when reused ("other side closed"); a fresh one is then opened.
  const response = await request().catch(request)
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} /api/${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

const editionByYear = async (cookie: string, year: number): Promise<Doc | undefined> =>
  (await api(cookie, `editions?where[year][equals]=${year}&depth=0&draft=true`)).docs[0]

describe('prepare the next edition, then archive the current one', () => {
  let launched: LaunchedBrowser
  let page: Page
  let cookie: string
  let admin: RolloverPage
  let y2026: Doc

  before(async () => {
    cookie = await loginCookie()
    launched = await launchBrowser({ loginCookie: cookie })
    page = await launched.context.newPage()
    admin = new RolloverPage(page, baseURL())
    y2026 = (await editionByYear(cookie, 2026))!
  })

  after(async () => {
    try {
      // Back to the seeded state: 2026 current, no 2027.
      const archived = await editionByYear(cookie, 2026)
      if (archived?.status === 'archived')
        await api(cookie, `editions/${y2026.id}/unarchive`, { method: 'POST', body: JSON.stringify({ status: 'current' }) })
      await api(cookie, 'globals/site-settings', { method: 'POST', body: JSON.stringify({ currentEdition: y2026.id }) })
      const y2027 = await editionByYear(cookie, 2027)
      if (y2027) {
        for (const collection of ['themes', 'committee-members']) {
          await api(cookie, `${collection}?where[edition][equals]=${y2027.id}`, { method: 'DELETE' })
        }
        await api(cookie, `editions/${y2027.id}`, { method: 'DELETE' })
      }
    } finally {
      await launched?.close()
    }
  })

  it('prepares 2027 from 2026 with its themes and committee only, as a draft with empty dates', async () => {
    await admin.openEdition(y2026.id)
    await admin.prepareNext(2026, ['themes', 'committee'])
    assert.equal(await page.locator('#field-title').inputValue(), 'Commons AI 2027')
    const y2027 = (await editionByYear(cookie, 2027))!
    assert.match(page.url(), new RegExp(`/admin/collections/editions/${y2027.id}$`))
    assert.equal(y2027.status, 'draft')
    assert.equal(y2027._status, 'draft')
    assert.equal(y2027.startDate ?? null, null)
    assert.equal(y2027.cfp?.deadline ?? null, null)
    assert.deepEqual(y2027.format ?? [], [])
    const themes = await api(cookie, `themes?where[edition][equals]=${y2027.id}&depth=0&draft=true&limit=100`)
    const originals = await api(cookie, `themes?where[edition][equals]=${y2026.id}&depth=0&limit=100`)
    assert.equal(themes.totalDocs, originals.totalDocs)
    assert.ok(themes.docs.every((theme: Doc) => theme._status === 'draft' && theme.continues.length === 1))
    const committee = await api(cookie, `committee-members?where[edition][equals]=${y2027.id}&depth=0`)
    assert.ok(committee.totalDocs > 0)

    // Preparing again is refused, naming the edition.
    const again = await fetch(`${baseURL()}/api/editions/${y2026.id}/prepare-next`, {
      method: 'POST',
      headers: { cookie, origin: baseURL(), 'content-type': 'application/json' },
      body: JSON.stringify({ copy: { themes: true } }),
    })
    assert.equal(again.status, 409)
    assert.match((await again.json()).errors[0].message, /The 2027 edition already exists \("Commons AI 2027", draft/)
  })

  it('shows on the dashboard what 2027 lacks: dates, and French texts once an English text is written', async () => {
    const y2027 = (await editionByYear(cookie, 2027))!
    await admin.openEdition(y2027.id)
    await page.fill('#field-tagline', 'Sample tagline written in English only (test)')
    await admin.saveDraft()
    const lines = await admin.dashboardLines(2027)
    assert.ok(
      lines.some((line) => /^Dates missing/.test(line)),
      lines.join('\n'),
    )
    assert.ok(
      lines.some((line) => /^French texts missing: edition \(Tagline/.test(line)),
      lines.join('\n'),
    )
    const dates = page.locator('[data-edition="2027"] li[data-line="dates-missing"] a')
    assert.equal(await dates.getAttribute('href'), `/admin/collections/editions/${y2027.id}`)
  })

  it('archives 2026 making 2027 current', async () => {
    const y2027 = (await editionByYear(cookie, 2027))!
    // Becoming current needs a published, announced edition.
    await api(cookie, `editions/${y2027.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'upcoming', _status: 'published' }) })
    await admin.openEdition(y2026.id)
    await admin.archive(2026, 2027)
    assert.equal((await editionByYear(cookie, 2026))!.status, 'archived')
    assert.equal((await editionByYear(cookie, 2027))!.status, 'current')
    const settings = await api(cookie, 'globals/site-settings?depth=0')
    assert.equal(String(settings.currentEdition), String(y2027.id))
    await page.goto(`${baseURL()}/editions/2026`)
    assert.match(await page.locator('main').innerText(), /Past edition/)
  })

  it('exports the archived 2026 edition twice byte for byte, with a manifest archive:verify checks', () => {
    const outs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-rollover-archive-')))
    try {
      for (const out of outs) {
        const result = run('scripts/ts.mjs', [
          'scripts/archive-export.ts',
          '--year',
          '2026',
          '--out',
          out,
          '--base-url',
          baseURL(),
          '--site-url',
          'https://commons-ai.example',
        ])
        assert.equal(result.status, 0, `export failed:\n${result.stdout}\n${result.stderr}`)
      }
      const [first, second] = outs.map((out) => snapshot(out))
      assert.deepEqual([...first!.keys()].sort(), [...second!.keys()].sort())
      for (const [file, data] of first!) assert.ok(data.equals(second!.get(file)!), `${file} differs between the two exports`)
      for (const file of ['manifest.json', 'CITATION.cff', 'metadata.json']) assert.ok(first!.has(file), `${file} is missing`)
      const manifest = JSON.parse(first!.get('manifest.json')!.toString('utf8'))
      assert.equal(manifest.files.length, first!.size - 1)

      // As `npm run archive:verify` and `archive:links` run them: through the project's TypeScript launcher.
      const verified = run('scripts/ts.mjs', ['scripts/archive-verify.ts', outs[0]!])
      assert.equal(verified.status, 0, verified.stderr)
      // It stands alone: over file://, every link resolves inside it or in another edition's archive beside
      // it (2027 is current now, so the home page leads to ../2027/), none to the live site but metadata.
      const linked = run('scripts/ts.mjs', ['scripts/archive-links.ts', outs[0]!, '--site-url', 'https://commons-ai.example'])
      assert.equal(linked.status, 0, `archive:links:\n${linked.stdout}\n${linked.stderr}`)
      const home = first!.get(path.join('editions', '2026', 'index.html'))!.toString('utf8')
      assert.match(home, /href="\.\.\/\.\.\/\.\.\/2027\/editions\/2027\/index\.html"/)
      assert.doesNotMatch(home, /<a [^>]*href="https:\/\/commons-ai\.example/)
      const page = path.join(outs[0]!, 'editions/2026/index.html')
      const bytes = fs.readFileSync(page)
      bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1
      fs.writeFileSync(page, bytes)
      const tampered = run('scripts/ts.mjs', ['scripts/archive-verify.ts', outs[0]!])
      assert.equal(tampered.status, 1)
      assert.match(tampered.stderr, /changed: editions\/2026\/index\.html/)
    } finally {
      for (const out of outs) fs.rmSync(out, { recursive: true, force: true })
    }
  })
})
