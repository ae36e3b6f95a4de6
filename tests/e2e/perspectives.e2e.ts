import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { PerspectivesPage } from './pages/perspectives.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { collectPageErrors } from './support/pageErrors'

const READING = {
  slug: 'ai-impact-summit-leaders-declaration-and-the-digital-commons',
  title: "Perspective: the AI Impact Summit's Leader's Declaration and the digital commons",
}
const PANEL = {
  slug: 'from-dependency-to-autonomy-the-case-for-open-source-ai',
  title: 'From Dependency to Autonomy: The Case for Open Source AI',
}
const MATERIAL = 'The material dimension of AI and the commons'

describe('perspectives', () => {
  let launched: LaunchedBrowser
  let page: Page
  let perspectives: PerspectivesPage
  let consoleErrors: string[] = []

  before(async () => {
    launched = await launchBrowser()
    page = await launched.context.newPage()
    consoleErrors = collectPageErrors(page)
    perspectives = new PerspectivesPage(page, baseURL())
  })
  after(async () => {
    await launched?.close()
  })

  it('lists the two seeded perspectives in English, newest first, with kind, date, authors and people', async () => {
    const response = await perspectives.gotoList('en')
    assert.equal(response?.status(), 200)
    assert.equal(await perspectives.htmlLang(), 'en')
    assert.equal(await perspectives.heading(), 'Perspectives')
    assert.deepEqual(await perspectives.cardTitles(), [READING.title, PANEL.title])
    const [reading, panel] = await perspectives.cards().allInnerTexts()
    assert.match(reading!, /Reading/i)
    assert.match(reading!, /6 March 2026/)
    assert.match(reading!, /By Ramya Chandrasekhar, Renata Ávila/)
    assert.match(panel!, /Talk summary/i)
    assert.match(panel!, /Undated/)
    assert.match(panel!, /With Amanda Brock, Jimmy Wales/)
    assert.equal(await perspectives.activeFilter(), 'All themes')
    assert.equal(await perspectives.cardTitleLink(PANEL.title).getAttribute('href'), `/perspectives/${PANEL.slug}`)
  })

  it('lists the same perspectives in French at /fr/perspectives, marking the English titles as English', async () => {
    const response = await perspectives.gotoList('fr')
    assert.equal(response?.status(), 200)
    assert.equal(await perspectives.htmlLang(), 'fr')
    assert.deepEqual(await perspectives.cardTitles(), [READING.title, PANEL.title])
    const [reading, panel] = await perspectives.cards().allInnerTexts()
    assert.match(reading!, /Lecture/i)
    assert.match(reading!, /6 mars 2026/)
    assert.match(reading!, /Par Ramya Chandrasekhar/)
    assert.match(panel!, /Synthèse d’intervention/i)
    assert.match(panel!, /Non datée/)
    // No French title exists yet: the English one is shown, and marked lang="en".
    assert.equal(await perspectives.cardTitleLink(PANEL.title).getAttribute('lang'), 'en')
    assert.equal(await perspectives.cardTitleLink(PANEL.title).getAttribute('href'), `/fr/perspectives/${PANEL.slug}`)
    assert.equal(await perspectives.activeFilter(), 'Tous les thèmes')
    assert.equal(await perspectives.languageSwitch().getAttribute('href'), '/perspectives')
  })

  it('filters by theme with plain links to cacheable pages, marking the active one', async () => {
    await perspectives.gotoList('en')
    await perspectives.filterLink(new RegExp(`^${MATERIAL}`)).click()
    await page.waitForURL(`${baseURL()}/perspectives/themes/material-dimension`)
    assert.match(await perspectives.heading(), /Perspectives on “The material dimension of AI and the commons”/)
    assert.match((await perspectives.activeFilter()) ?? '', new RegExp(`^${MATERIAL}`))
    assert.deepEqual(await perspectives.cardTitles(), [PANEL.title])

    const economic = await perspectives.gotoList('en', 'economic-models-of-openness')
    assert.equal(economic?.status(), 200)
    assert.deepEqual(await perspectives.cardTitles(), [READING.title])

    const both = await perspectives.gotoList('fr', 'policies-and-governance')
    assert.equal(both?.status(), 200)
    assert.equal(await perspectives.htmlLang(), 'fr')
    assert.equal((await perspectives.cardTitles()).length, 2)
    assert.equal(await perspectives.languageSwitch().getAttribute('href'), '/perspectives/themes/policies-and-governance')

    await perspectives.filterLink(/Tous les thèmes/).click()
    await page.waitForURL(`${baseURL()}/fr/perspectives`)
    assert.equal((await perspectives.cardTitles()).length, 2)
  })

  it('works without JavaScript: the filter is plain links to server-rendered pages', async () => {
    const noJs = await launched.context.newPage()
    try {
      // No script of the page may run: the visitor follows links and reads server-rendered HTML.
      await noJs.route('**/*.js', (route) => route.abort())
      await noJs.goto(`${baseURL()}/perspectives`)
      const view = new PerspectivesPage(noJs, baseURL())
      await view.filterLink(new RegExp(`^${MATERIAL}`)).click()
      await noJs.waitForURL(`${baseURL()}/perspectives/themes/material-dimension`)
      assert.deepEqual(await view.cardTitles(), [PANEL.title])
      assert.match((await view.activeFilter()) ?? '', new RegExp(`^${MATERIAL}`))
    } finally {
      await noJs.close()
    }
  })

  it('shows a talk summary with the people the source names, labelled as such, and its themes', async () => {
    const response = await perspectives.gotoPerspective(PANEL.slug)
    assert.equal(response?.status(), 200)
    assert.equal(await perspectives.heading(), PANEL.title)
    assert.equal(await perspectives.peopleHeading(), 'People named in the source')
    const people = await perspectives.people()
    assert.equal(people.length, 5)
    assert.match(people[0]!, /Amanda Brock[\s\S]*Moderator[\s\S]*CEO, Open UK/)
    assert.match(people[1]!, /Jimmy Wales[\s\S]*Panellist[\s\S]*Founder, Wikipedia/)
    assert.match(await perspectives.facts(), /Source\s+AI Impact Summit 2026 \(panel discussion\)/)
    assert.match(await page.locator('main').innerText(), /Key takeaways/)
    const themes = await perspectives.themeLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    assert.ok(themes.includes('/editions/2026/themes/material-dimension'), themes.join(', '))
    assert.equal(await page.title(), `${PANEL.title} · Commons AI`)
    assert.equal(await page.locator('link[rel="canonical"]').getAttribute('href'), `${baseURL()}/perspectives/${PANEL.slug}`)
    assert.equal(
      await page.locator('link[rel="alternate"][hreflang="fr"]').getAttribute('href'),
      `${baseURL()}/fr/perspectives/${PANEL.slug}`,
    )
  })

  it('shows a reading with its authors and date, in French too', async () => {
    await perspectives.gotoPerspective(READING.slug)
    const facts = await perspectives.facts()
    assert.match(facts, /Published\s+6 March 2026/)
    assert.match(facts, /By\s+Ramya Chandrasekhar, Renata Ávila/)
    assert.equal(await perspectives.peopleSection().count(), 0)

    const response = await perspectives.gotoPerspective(PANEL.slug, 'fr')
    assert.equal(response?.status(), 200)
    assert.equal(await perspectives.htmlLang(), 'fr')
    assert.equal(await perspectives.peopleHeading(), 'Personnes citées dans la source')
    assert.equal(await page.locator('main h1').getAttribute('lang'), 'en')
    const themes = await perspectives.themeLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    assert.ok(themes.includes('/fr/editions/2026/themes/material-dimension'), themes.join(', '))
  })

  it('answers 404 for an unknown perspective or theme', async () => {
    for (const path of [
      '/perspectives/unknown',
      '/fr/perspectives/unknown',
      '/perspectives/themes/unknown',
      '/perspectives/Not%20A%20Slug',
    ]) {
      const response = await fetch(`${baseURL()}${path}`, { redirect: 'manual' })
      assert.equal(response.status, 404, path)
      assert.match(await response.text(), /Page not found/, path)
    }
  })

  it('logged no console errors', () => {
    assert.deepEqual(consoleErrors, [])
  })
})

describe('sitemap, robots and social cards', () => {
  it('serves /sitemap.xml with every public page in both languages and their alternates', async () => {
    const response = await fetch(`${baseURL()}/sitemap.xml`)
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type') ?? '', /xml/)
    const xml = await response.text()
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
    const base = baseURL()
    for (const path of [
      '/',
      '/fr',
      '/editions',
      '/fr/editions',
      '/editions/2025',
      '/fr/editions/2025',
      '/editions/2026/themes/data-commons',
      '/fr/editions/2026/committee',
      '/editions/2026/speakers',
      '/perspectives',
      '/fr/perspectives',
      `/perspectives/${READING.slug}`,
      `/fr/perspectives/${PANEL.slug}`,
      '/perspectives/themes/material-dimension',
      '/fr/perspectives/themes/policies-and-governance',
    ]) {
      assert.ok(locs.includes(`${base}${path === '/' ? '/' : path}`), `the sitemap lacks ${path}`)
    }
    // The current edition's canonical page is the home page, never /editions/2026 nor an /en/ path.
    assert.ok(!locs.includes(`${base}/editions/2026`))
    assert.ok(locs.every((loc) => !loc.includes('/en/')))
    assert.equal(new Set(locs).size, locs.length, 'duplicate <loc> entries')
    assert.match(xml, new RegExp(`<xhtml:link rel="alternate" hreflang="fr" href="${base}/fr/perspectives/${PANEL.slug}"`))
  })

  it('serves /robots.txt that allows the site, keeps out the admin and the API, and names the sitemap', async () => {
    const response = await fetch(`${baseURL()}/robots.txt`)
    assert.equal(response.status, 200)
    const text = await response.text()
    assert.match(text, /User-Agent: \*/i)
    assert.match(text, /Allow: \/\n/)
    assert.match(text, /Disallow: \/admin\n/)
    assert.match(text, /Disallow: \/api\n/)
    assert.match(text, new RegExp(`Sitemap: ${baseURL()}/sitemap.xml`))
  })

  it('serves a 1200×630 PNG social card for the home page, each edition, each perspective and the French pages', async () => {
    const launched = await launchBrowser()
    try {
      const page = await launched.context.newPage()
      const urls: string[] = []
      for (const path of ['/', '/fr', '/editions/2025', '/perspectives', `/fr/perspectives/${PANEL.slug}`]) {
        await page.goto(`${baseURL()}${path}`)
        const url = await new PerspectivesPage(page, baseURL()).ogImageUrl()
        assert.ok(url, `no og:image on ${path}`)
        urls.push(url)
      }
      assert.notEqual(urls[0], urls[2], 'the 2025 edition has its own card')
      assert.equal(urls[3], urls[0], 'the perspectives list shares the home page card')
      assert.match(urls[4]!, new RegExp(`/fr/perspectives/${PANEL.slug}/opengraph-image`), 'a perspective has its own card')
      for (const url of urls) {
        const response = await fetch(url)
        assert.equal(response.status, 200, url)
        assert.equal(response.headers.get('content-type'), 'image/png', url)
        const png = Buffer.from(await response.arrayBuffer())
        assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG')
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], url)
      }
    } finally {
      await launched.close()
    }
  })
})

/** Polls a public page until it contains `text`; the milliseconds it took, or null after 10 s. */
async function shownWithin(path: string, text: string, since: number): Promise<number | null> {
  while (Date.now() - since < 10_000) {
    const html = await (await fetch(`${baseURL()}${path}`)).text()
    if (html.includes(text)) return Date.now() - since
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return null
}

describe('perspectives after an edit', () => {
  it('shows an edited perspective and an edited theme title on the perspectives pages within 5 s', async () => {
    // The first admin is created through the admin UI by admin.e2e.ts, which runs first.
    const headers = { 'content-type': 'application/json', cookie: await loginCookie(), origin: baseURL() }
    const api = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${baseURL()}/api/${path}`, { ...init, headers })
      assert.equal(response.status, 200, await response.clone().text())
      return (await response.json()) as { docs?: Array<Record<string, unknown>> } & Record<string, unknown>
    }
    const panel = (await api(`perspectives?where[slug][equals]=${PANEL.slug}&depth=0&locale=en`)).docs![0]!
    const theme = (await api('themes?where[slug][equals]=material-dimension&depth=0&locale=en')).docs![0]!
    const pages = ['/perspectives', `/perspectives/${PANEL.slug}`, '/perspectives/themes/material-dimension']
    // Warm the caches so the test measures invalidation, not a first render.
    for (const path of pages) assert.equal((await fetch(`${baseURL()}${path}`)).status, 200)

    const summary = `Edited summary ${Date.now()}`
    let saved = Date.now()
    await api(`perspectives/${panel.id}?locale=en`, { method: 'PATCH', body: JSON.stringify({ summary, _status: 'published' }) })
    for (const path of pages) {
      const after = await shownWithin(path, summary, saved)
      assert.ok(after !== null && after < 5000, `the edited perspective did not show on ${path} within 5 s`)
    }

    const title = `Edited theme ${Date.now()}`
    saved = Date.now()
    await api(`themes/${theme.id}?locale=en`, { method: 'PATCH', body: JSON.stringify({ title, _status: 'published' }) })
    for (const path of pages) {
      const after = await shownWithin(path, title, saved)
      assert.ok(after !== null && after < 5000, `the edited theme title did not show on ${path} within 5 s`)
    }

    await api(`perspectives/${panel.id}?locale=en`, {
      method: 'PATCH',
      body: JSON.stringify({ summary: panel.summary, _status: 'published' }),
    })
    await api(`themes/${theme.id}?locale=en`, { method: 'PATCH', body: JSON.stringify({ title: theme.title, _status: 'published' }) })
  })
})
