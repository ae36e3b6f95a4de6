import type { Page } from 'playwright-core'

type Locale = 'en' | 'fr'

/** The programme (/editions/[year]/programme, its theme filters), a session's page and the speaker's list. */
export class ProgrammePage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  url(locale: Locale, path: string) {
    return `${this.baseURL}${locale === 'fr' ? `/fr${path}` : path}`
  }

  gotoProgramme(year: number, locale: Locale = 'en', themeSlug?: string) {
    const path = `/editions/${year}/programme${themeSlug ? `/themes/${themeSlug}` : ''}`
    return this.page.goto(this.url(locale, path))
  }

  gotoSession(year: number, slug: string, locale: Locale = 'en') {
    return this.page.goto(this.url(locale, `/editions/${year}/programme/${slug}`))
  }

  gotoSpeaker(year: number, slug: string, locale: Locale = 'en') {
    return this.page.goto(this.url(locale, `/editions/${year}/speakers/${slug}`))
  }

  gotoEdition(year: number) {
    return this.page.goto(`${this.baseURL}/editions/${year}`)
  }

  heading() {
    return this.page.locator('main h1').innerText()
  }

  mainText() {
    return this.page.locator('main').innerText()
  }

  dayHeadings() {
    return this.page.locator('main section[aria-labelledby^="day-"] h2').allInnerTexts()
  }

  sessionCards() {
    return this.page.locator('main li[data-session]')
  }

  async sessionSlugs() {
    return this.sessionCards().evaluateAll((items) => items.map((item) => item.getAttribute('data-session')))
  }

  sessionCard(slug: string) {
    return this.page.locator(`main li[data-session="${slug}"]`)
  }

  filterLink(name: string | RegExp) {
    return this.page.locator('main nav[aria-labelledby="programme-theme-filter"]').getByRole('link', { name })
  }

  async activeFilter() {
    const active = this.page.locator('main nav[aria-labelledby="programme-theme-filter"] a[aria-current="page"]')
    return (await active.count()) === 1 ? active.innerText() : null
  }

  sessionFacts() {
    return this.page.locator('main dl').innerText()
  }

  sessionSpeakerLink(name: string) {
    return this.page.locator('main section[aria-labelledby="session-speakers"]').getByRole('link', { name })
  }

  speakerSessions() {
    return this.page.locator('main section[aria-labelledby="speaker-sessions"] li').allInnerTexts()
  }

  calendarLink() {
    return this.page.locator('main a[type="text/calendar"]').first()
  }

  editionProgrammeLink() {
    return this.page.locator('nav[aria-label="In this edition"]').getByRole('link', { name: 'Programme' })
  }
}

/** A session page's "After the session" part: recording (frame or link), slides, summary, the collective reflection. */
export class SessionAfterSection {
  constructor(readonly page: Page) {}

  section() {
    return this.page.locator('main section[aria-labelledby="after-the-event"]')
  }

  heading() {
    return this.section().locator('h2').innerText()
  }

  recordingFrames() {
    return this.section().locator('iframe')
  }

  link(name: string | RegExp) {
    return this.section().getByRole('link', { name })
  }

  scriptCount() {
    return this.page.locator('script:not([type="application/ld+json"])').count()
  }
}
