import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { chromium, type Browser, type BrowserContext } from 'playwright-core'

import { ProposePage, type ProposalInput } from './pages/propose.page'
import { loginCookie } from './support/admin'
import { addLoginCookie } from './support/browser'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium.mjs'
import { baseURL } from './support/env'
import { capturedMails } from './support/mail'
import { adminApi, createOpenCallEdition, removeEdition, type AdminApi } from './support/openCall'
import { collectPageErrors } from './support/pageErrors'

/**
 * The public call-for-proposals form, in a browser with and without JavaScript. The edition with an
 * open call is sample test data created here through the REST API as the admin (the seeded 2026 call
 * closed on 15 September 2026), and removed afterwards.
 */
const YEAR = 2031
const FORMAT = 'Sample framing talk (test data)'
const THEME = 'Sample theme (test data)'
const ABSTRACT = 'A sample abstract written by the browser test. It is comfortably longer than the hundred characters the form requires.'

type Id = number | string
describe('submitting a proposal', () => {
  let cookie: string
  let api: AdminApi
  let editionId: Id
  let browser: Browser
  let context: BrowserContext

  before(async () => {
    cookie = await loginCookie()
    api = adminApi(cookie)
    editionId = await createOpenCallEdition(api, YEAR, {
      format: [
        { blockType: 'framing-talk', title: FORMAT, description: 'Sample description.' },
        { blockType: 'inspiring-initiative', title: 'Sample initiative (test data)', description: 'Sample description.' },
      ],
      cfp: { intro: 'Sample call for proposals (test data).', contactEmail: 'sample-cfp@example.org' },
    })
    const theme = await api('/api/themes', {
      method: 'POST',
      body: JSON.stringify({ title: THEME, edition: editionId, _status: 'published' }),
    })
    assert.equal(theme.status, 201, await theme.clone().text())
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true })
    context = await browser.newContext()
  })

  after(async () => {
    await browser?.close()
    if (editionId === undefined) return
    const removed = await removeEdition(api, editionId, ['proposals', 'themes'])
    assert.equal(removed.status, 200, await removed.text())
  })

  const input = (email: string, title: string): ProposalInput => ({
    name: 'Sam Sample',
    email,
    affiliation: 'Sample Lab',
    title,
    abstract: ABSTRACT,
    format: FORMAT,
    themes: [THEME],
    bio: 'A sample bio for the browser test.',
    links: 'https://sample.example/',
    consent: true,
  })

  it('says the 2026 call is closed, and the server refuses a direct post (403)', async () => {
    const page = await context.newPage()
    const propose = new ProposePage(page, baseURL())
    assert.equal((await propose.goto(2026))?.status(), 200)
    assert.match(await propose.closedNotice().innerText(), /The call for proposals closed on 15 September 2026\./)
    assert.equal(await propose.form().count(), 0)
    await propose.goto(2026, 'fr')
    assert.match(await propose.closedNotice().innerText(), /L’appel à propositions s’est clos le 15 septembre 2026\./)

    const response = await fetch(`${baseURL()}/editions/2026/propose/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: 'a'.repeat(32), name: 'Late', email: 'late@example.org', consent: 'yes' }),
    })
    assert.equal(response.status, 403)
    assert.match(await response.text(), /closed on 15 September 2026/)
    await page.close()
  })

  it('with JavaScript: from the edition page, shows the errors of an empty form, then submits once and confirms by email', async () => {
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    const propose = new ProposePage(page, baseURL())
    await page.goto(`${baseURL()}/editions/${YEAR}`)
    await page.getByRole('link', { name: 'Submit a proposal' }).click()
    await page.waitForURL(`**/editions/${YEAR}/propose`)
    assert.equal(await propose.heading(), 'Submit a proposal')
    assert.match(await propose.mainText(), /sample-cfp@example\.org/)
    assert.match(await propose.mainText(), /Fields marked with an asterisk \(\*\) are required\./)

    await propose.submit()
    await propose.errorSummary().waitFor()
    const links = await propose.errorSummaryLinks()
    assert.deepEqual(
      links.map((link) => link.href),
      ['#field-name', '#field-email', '#field-title', '#field-abstract', '#field-format', '#field-bio', '#field-consent'],
    )
    assert.equal(links[0]!.text, 'Enter your name.')
    assert.deepEqual(await propose.fieldError('email'), { text: 'Enter your email address.', linked: true })
    assert.equal(await propose.field('name').getAttribute('aria-invalid'), 'true')
    assert.equal(page.url(), `${baseURL()}/editions/${YEAR}/propose`, 'the enhanced form stays on the page')

    const title = `Browser proposal ${Date.now()}`
    await propose.fill(input('Browser.Sample@Example.org', title))
    // A double click still makes one proposal.
    await page.locator('main form button[type="submit"]').dblclick()
    await page.waitForURL(/\/editions\/2031\/propose\/confirmation\/CAI-2031-/)
    const reference = await propose.reference()
    assert.match(reference, /^CAI-2031-[2-9A-HJ-NP-Z]{6}$/)
    assert.match(await propose.heading(), /Thank you, your proposal was received/)
    // Nothing private on the confirmation page.
    assert.doesNotMatch(await propose.mainText(), /browser\.sample@example\.org/i)

    const stored = await api(`/api/proposals?where[title][equals]=${encodeURIComponent(title)}&depth=0`)
    const docs = ((await stored.json()) as { docs: Array<{ reference: string; submitter: { email: string } }> }).docs
    assert.equal(docs.length, 1, 'exactly one proposal for a double click')
    assert.equal(docs[0]!.reference, reference)
    assert.equal(docs[0]!.submitter.email, 'browser.sample@example.org')

    const mail = capturedMails().find((entry) => entry.to === 'browser.sample@example.org' && entry.text.includes(reference))
    assert.ok(mail, 'the confirmation email was captured')
    assert.equal(mail.subject, `Proposal received: ${reference} · Sample edition 2031 (test data)`)
    assert.ok(capturedMails().some((entry) => entry.to === 'sample-cfp@example.org' && entry.subject.includes(reference)))
    // The empty submit's 422 is expected (the browser also logs it as a failed resource); nothing else.
    assert.deepEqual(
      errors.filter((error) => !/\b422\b/.test(error)),
      [],
    )
    await page.close()
  })

  it('without JavaScript (French): errors next to their fields with what was typed kept, then the confirmation', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const page = await noJs.newPage()
    const propose = new ProposePage(page, baseURL())
    await propose.goto(YEAR, 'fr')
    assert.equal(await propose.heading(), 'Proposer une contribution')

    await propose.submit()
    await page.waitForURL(/\/fr\/editions\/2031\/propose\?form=/)
    assert.match(await propose.errorSummary().innerText(), /Votre proposition n’est pas encore envoyée/)
    assert.deepEqual(await propose.fieldError('name'), { text: 'Indiquez votre nom.', linked: true })
    assert.deepEqual(await propose.fieldError('consent'), {
      text: 'Votre consentement est nécessaire pour conserver et évaluer votre proposition.',
      linked: true,
    })

    const title = `Proposition sans JavaScript ${Date.now()}`
    await propose.field('name').fill('Camille Exemple')
    await propose.field('title').fill(title)
    await propose.field('abstract').fill('Trop court.')
    await propose.submit()
    await page.waitForURL(/\?form=/)
    assert.equal(await propose.field('name').inputValue(), 'Camille Exemple')
    assert.equal(await propose.field('title').inputValue(), title)
    assert.equal(await propose.field('abstract').inputValue(), 'Trop court.')
    assert.deepEqual(await propose.fieldError('abstract'), {
      text: 'Résumé : 100 caractères au moins (actuellement 11).',
      linked: true,
    })
    assert.equal(await propose.fieldError('name'), null)

    const withErrors = page.url()
    await propose.fill({ ...input('camille.nojs@example.org', title), name: 'Camille Exemple' })
    await propose.submit()
    await page.waitForURL(/\/fr\/editions\/2031\/propose\/confirmation\/CAI-2031-/)
    assert.match(await propose.heading(), /Merci, votre proposition a bien été reçue/)
    const reference = await propose.reference()
    const mail = capturedMails().find((entry) => entry.to === 'camille.nojs@example.org' && entry.text.includes(reference))
    assert.equal(mail?.subject, `Proposition reçue : ${reference} · Sample edition 2031 (test data)`)
    // Back on the page that showed the errors: a new, empty form (its token was used).
    await page.goto(withErrors)
    assert.equal(await propose.field('name').inputValue(), '')
    assert.equal(await propose.errorSummary().count(), 0)
    await noJs.close()
  })

  it('lets an editor resend a confirmation (REST endpoint and the admin button), and no one else', async () => {
    const found = await api(`/api/proposals?where[edition][equals]=${editionId}&depth=0&limit=1`)
    const proposal = ((await found.json()) as { docs: Array<{ id: Id; reference: string; submitter: { email: string } }> }).docs[0]!
    const endpoint = `${baseURL()}/api/proposals/${proposal.id}/resend-confirmation`
    assert.equal((await fetch(endpoint, { method: 'POST', headers: { origin: baseURL() } })).status, 401)

    const before = capturedMails().filter((mail) => mail.to === proposal.submitter.email && mail.text.includes(proposal.reference)).length
    const resent = await api(`/api/proposals/${proposal.id}/resend-confirmation`, { method: 'POST' })
    assert.equal(resent.status, 200, await resent.clone().text())
    // No SMTP_HOST in the browser tests: captured, and said so (not "sent").
    const answer = (await resent.json()) as { sent: boolean; entry: { status: string } }
    assert.equal(answer.sent, false)
    assert.equal(answer.entry.status, 'captured')

    const admin = await browser.newContext()
    await addLoginCookie(admin, cookie)
    const page = await admin.newPage()
    await page.goto(`${baseURL()}/admin/collections/proposals/${proposal.id}`)
    await page.getByRole('button', { name: 'Resend the confirmation email' }).click()
    await page.getByText('Not sent: no mail server configured (written to the capture folder).').waitFor()
    await admin.close()
    const after = capturedMails().filter((mail) => mail.to === proposal.submitter.email && mail.text.includes(proposal.reference)).length
    assert.equal(after, before + 2)
  })

  it('fits a 320 px wide screen', async () => {
    const page = await context.newPage()
    await page.setViewportSize({ width: 320, height: 900 })
    await new ProposePage(page, baseURL()).goto(YEAR)
    await page.locator('main form button[type="submit"]').click()
    await page.locator('#errors').waitFor()
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    assert.ok(width <= 320, `the form page with its errors is ${width} px wide at 320 px`)
    await page.screenshot({ path: 'tests/e2e/artifacts/propose-320.png', fullPage: true })
    await page.close()
  })

  it('stores 50 proposals posted concurrently to the running server, with 50 distinct references', async () => {
    // Each from its own address (as nginx would report it), so the per-address limit does not apply.
    const themes = await api(`/api/themes?where[edition][equals]=${editionId}&depth=0`)
    const themeId = ((await themes.json()) as { docs: Array<{ id: Id }> }).docs[0]!.id
    const started = Date.now()
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        fetch(`${baseURL()}/editions/${YEAR}/propose/submit`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
            'x-forwarded-for': `198.51.100.${i + 1}`,
          },
          body: new URLSearchParams({
            token: `concurrent-${i}-${Date.now()}-token`,
            name: `Sample ${i}`,
            email: `concurrent.${i}@example.org`,
            title: `Concurrent browser-test proposal ${i}`,
            abstract: ABSTRACT,
            format: 'framing-talk',
            themes: String(themeId),
            bio: 'Sample bio.',
            consent: 'yes',
          }),
        }),
      ),
    )
    const elapsed = Date.now() - started
    assert.deepEqual(
      responses.map((response) => response.status),
      Array(50).fill(201),
    )
    const references = await Promise.all(responses.map(async (response) => ((await response.json()) as { reference: string }).reference))
    assert.equal(new Set(references).size, 50)
    const stored = await api(`/api/proposals?where[title][like]=${encodeURIComponent('Concurrent browser-test proposal')}&limit=0&depth=0`)
    assert.equal(((await stored.json()) as { totalDocs: number }).totalDocs, 50)
    console.log(`propose: 50 concurrent submissions stored in ${elapsed} ms (SQLite, with their emails)`)
  })

  it('refuses to create a proposal over GraphQL (only the site form may)', async () => {
    const response = await fetch(`${baseURL()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { createProposal(data: { title: "x", abstract: "${'x'.repeat(120)}", format: framing_talk, bio: "x", consent: true, edition: ${JSON.stringify(editionId)}, submitter: { name: "x", email: "x@example.org" } }) { id } }`,
      }),
    })
    const body = (await response.json()) as { data?: { createProposal?: unknown }; errors?: unknown[] }
    assert.ok(body.errors?.length, 'GraphQL created a proposal for the public')
    assert.ok(!body.data?.createProposal)
  })
})
