/**
 * Issue 18, item 7: lists that answer questions. The proposals list shows the submitter, filters by
 * edition in one click, always offers the CSV of what it shows, keeps internal fields out of its
 * filter menu and writes "—" in empty cells; the CSV speaks in labels and Paris time; the reviews list
 * searches by proposal reference or title and names the reviewer; a new theme starts in the current
 * edition, where archived editions are not offered.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { AdminListPage } from './pages/adminList.page'
import { AdminEditorPage } from './pages/adminEditor.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { asEditor, createSampleEdition, createSampleTheme, deleteSampleEdition, type SampleEdition } from './support/sampleContent'

const YEAR = 2088
const OTHER_YEAR = 2089
const REVIEWER = {
  email: 'sample.list.reviewer@example.org',
  password: 'a-long-sample-password-7',
  name: 'Sample Reviewer Lists (test data)',
}
const ABSTRACT =
  'Sample abstract written for a browser test of the admin lists: data commons need governance that scales from one community to infrastructure.'

type Id = number | string

describe('lists that answer questions', () => {
  let launched: LaunchedBrowser
  let page: Page
  let list: AdminListPage
  let cookie: string
  let edition: SampleEdition
  let other: SampleEdition
  let reviewerId: Id | undefined
  const proposals: Record<'reviewed' | 'waiting' | 'elsewhere', { id: Id; reference: string; title: string }> = {} as never

  const json = async (method: string, path: string, body?: unknown, auth = cookie) => {
    const response = await fetch(`${baseURL()}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...asEditor(auth) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    const text = await response.text()
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`)
    return JSON.parse(text) as { doc: Record<string, unknown> } & Record<string, unknown>
  }

  const proposal = async (on: SampleEdition, title: string, name: string, themes: Id[]) => {
    const { doc } = await json('POST', '/proposals', {
      edition: on.id,
      submitter: { name, email: `${name.split(' ')[1]!.toLowerCase()}@example.org`, affiliation: 'Sample Lab' },
      title,
      abstract: ABSTRACT,
      format: 'framing-talk',
      durationWish: '30',
      themes,
      bio: 'Sample bio (test data).',
      consent: true,
    })
    return { id: doc.id as Id, reference: String(doc.reference), title }
  }

  before(async () => {
    cookie = await loginCookie()
    edition = await createSampleEdition(cookie, YEAR)
    other = await createSampleEdition(cookie, OTHER_YEAR)
    const theme = await createSampleTheme(cookie, edition.id, 'Sample theme for lists (test data)')
    proposals.reviewed = await proposal(edition, `Sample reviewed proposal ${'with a long title '.repeat(8)}(test data)`, 'Sample Alpha', [
      theme.id,
    ])
    proposals.waiting = await proposal(edition, 'Sample waiting proposal (test data)', 'Sample Bravo', [])
    proposals.elsewhere = await proposal(other, 'Sample proposal of another edition (test data)', 'Sample Charlie', [])
    await fetch(`${baseURL()}/api/users?where[email][equals]=${REVIEWER.email}`, { method: 'DELETE', headers: asEditor(cookie) })
    const { doc: reviewer } = await json('POST', '/users', { ...REVIEWER, role: 'reviewer', reviewerEditions: [edition.id] })
    reviewerId = reviewer.id as Id
    await json('PATCH', `/proposals/${proposals.reviewed.id}`, { status: 'in-review' })
    const reviewerCookie = await loginCookie(REVIEWER)
    await json(
      'POST',
      '/reviews',
      { proposal: proposals.reviewed.id, score: 4, comment: 'Sample review comment (test data).' },
      reviewerCookie,
    )

    launched = await launchBrowser({ viewport: { width: 1400, height: 900 } })
    page = await launched.context.newPage()
    await new AdminEditorPage(page, baseURL()).login()
    list = new AdminListPage(page, baseURL())
  })

  after(async () => {
    await launched?.close()
    if (!cookie) return
    for (const year of [YEAR, OTHER_YEAR]) {
      const found = await fetch(`${baseURL()}/api/editions?where[year][equals]=${year}&depth=0`, { headers: asEditor(cookie) })
      for (const { id } of ((await found.json()) as { docs: Array<{ id: Id }> }).docs) {
        for (const collection of ['reviews', 'proposals']) {
          const deleted = await fetch(`${baseURL()}/api/${collection}?where[edition][equals]=${id}`, {
            method: 'DELETE',
            headers: asEditor(cookie),
          })
          assert.ok(deleted.ok, `deleting the sample ${collection}: ${deleted.status} ${await deleted.text()}`)
        }
      }
      await deleteSampleEdition(cookie, year)
    }
    if (reviewerId !== undefined) await fetch(`${baseURL()}/api/users/${reviewerId}`, { method: 'DELETE', headers: asEditor(cookie) })
  })

  it('shows the submitter, "—" in empty cells, and cuts long titles', async () => {
    await list.open('proposals', 'limit=100')
    assert.ok((await list.headings()).includes('Submitter > Name'), JSON.stringify(await list.headings()))
    const waiting = list.row(proposals.waiting.title)
    assert.equal(await list.cell(waiting, 'Submitter > Name'), 'Sample Bravo')
    assert.equal(await list.cell(waiting, 'Average score'), '—')
    assert.equal(await page.locator('.collection-list table').getByText(/<No /).count(), 0)
    const title = list.row(proposals.reviewed.reference).locator('td.cell-title')
    // One line, ended by "…": the cell or the block inside it overflows with an ellipsis.
    const cut = await title.evaluate((cell) =>
      [cell, ...Array.from(cell.querySelectorAll('*'))].some(
        (element) => element.scrollWidth > element.clientWidth && getComputedStyle(element).textOverflow === 'ellipsis',
      ),
    )
    assert.ok(cut, 'the long title is not cut')
  })

  it('filters by edition in one click and always links to the CSV of what it shows', async () => {
    await list.open('proposals', 'limit=100')
    const exportLink = page.getByRole('link', { name: /Export .*CSV/ })
    await exportLink.waitFor({ timeout: 30_000 })
    await page.getByRole('link', { name: String(YEAR), exact: true }).click()
    await page.waitForURL((url) => url.search.includes('edition'), { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await list.row(proposals.waiting.title).waitFor()
    assert.equal(await list.row(proposals.elsewhere.title).count(), 0)

    const href = await exportLink.getAttribute('href')
    assert.ok(href)
    const response = await fetch(new URL(href, baseURL()), { headers: asEditor(cookie) })
    assert.equal(response.status, 200)
    const csv = await response.text()
    assert.match(csv, new RegExp(proposals.waiting.reference))
    assert.doesNotMatch(csv, new RegExp(proposals.elsewhere.reference))
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').split('\r\n')
    assert.match(header!, /^reference,status,status code,title,format,format code,themes,/)
    const reviewed = lines.find((line) => line.startsWith(proposals.reviewed.reference))!
    assert.match(reviewed, /,In review,in-review,/)
    assert.match(reviewed, /,Framing talk,framing-talk,Sample theme for lists \(test data\),/)
    assert.match(reviewed, /,\d{4}-\d\d-\d\d \d\d:\d\d \+0[12]:00,/)
  })

  it('keeps internal fields out of the filter menu', async () => {
    await list.open('proposals')
    const options = await list.filterFieldOptions()
    assert.ok(options.includes('Title'), JSON.stringify(options))
    for (const internal of [/ > ID$/, /^Decision email > Body$/, /Submission token/i]) {
      assert.ok(!options.some((option) => internal.test(option)), `${internal} is offered: ${JSON.stringify(options)}`)
    }
  })

  it('searches reviews by proposal reference or title and names the reviewer', async () => {
    await list.open('reviews', 'limit=100')
    const headings = await list.headings()
    for (const heading of ['Proposal', 'Reviewer', 'Comment', 'Edition']) assert.ok(headings.includes(heading), JSON.stringify(headings))
    await list.search(proposals.reviewed.reference)
    const row = list.row(proposals.reviewed.reference)
    await row.waitFor({ timeout: 30_000 })
    assert.equal(await list.cell(row, 'Reviewer'), REVIEWER.name)
    assert.equal(await list.cell(row, 'Comment'), 'Sample review comment (test data).')
    assert.match(await list.cell(row, 'Edition'), new RegExp(String(YEAR)))
    await list.search('Sample reviewed proposal')
    await list.row(proposals.reviewed.reference).waitFor({ timeout: 30_000 })
    await list.search('no proposal is called this')
    assert.equal(await list.row(proposals.reviewed.reference).count(), 0)
  })

  it('starts a new theme in the current edition and does not offer archived editions', async () => {
    await page.goto(`${baseURL()}/admin/collections/themes/create`)
    const edition = page.locator('#field-edition')
    await edition.waitFor({ timeout: 60_000 })
    // The picker shows the pre-filled edition's title once it has loaded it.
    await edition.locator('.rs__single-value', { hasText: 'Commons AI 2026' }).waitFor({ timeout: 30_000 })
    await edition.locator('.rs__control').click()
    await page.locator('.rs__option').first().waitFor({ timeout: 15_000 })
    const offered = await page.locator('.rs__option').allInnerTexts()
    assert.ok(
      offered.some((option) => /2026/.test(option)),
      JSON.stringify(offered),
    )
    assert.ok(!offered.some((option) => /Commons AI 2025/.test(option)), `the archived 2025 edition is offered: ${JSON.stringify(offered)}`)
  })
})
