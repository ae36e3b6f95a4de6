import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { chromium, type Browser } from 'playwright-core'

import { OutboxPage } from './pages/outbox.page'
import { ProposalAdminPage } from './pages/proposal.page'
import { ProposePage } from './pages/propose.page'
import { SpeakerSpacePage } from './pages/speaker.page'
import { loginCookie } from './support/admin'
import { addLoginCookie } from './support/browser'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium.mjs'
import { baseURL } from './support/env'
import { mailMatching, speakerLinkTo } from './support/mail'
import { adminApi, createOpenCallEdition, removeEdition, type AdminApi } from './support/openCall'

/**
 * The whole speaker journey, with JavaScript and then without it on the speaker side: submit → sign in
 * by the captured email's link → edit → invite a co-speaker → the co-speaker accepts from their link →
 * an editor accepts in the admin and releases the Decisions outbox → both people confirm → the public
 * session and speaker pages show both. The edition is sample test data, made here and removed after.
 */
const YEAR = 2034
const EDITION_TITLE = `Sample edition ${YEAR} (test data)`
const FORMAT = 'Sample framing talk (test data)'
const ABSTRACT = 'A sample abstract written by the speaker-journey browser test, comfortably longer than the hundred characters required.'

type Id = number | string

describe('the speaker journey, from proposal to public pages', () => {
  let cookie: string
  let api: AdminApi
  let editionId: Id
  let browser: Browser

  before(async () => {
    cookie = await loginCookie()
    api = adminApi(cookie)
    editionId = await createOpenCallEdition(api, YEAR, {
      format: [{ blockType: 'framing-talk', title: FORMAT, description: 'Sample description.' }],
    })
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true })
  })

  after(async () => {
    await browser?.close()
    if (editionId === undefined) return
    // Programme versions point to the edition (the test logs in as the first admin, who may delete them).
    await removeEdition(api, editionId, ['proposals', 'programme-releases', 'sessions', 'rooms', ['speakers', 'editions']])
  })

  for (const javaScriptEnabled of [true, false]) {
    const tag = javaScriptEnabled ? 'js' : 'nojs'
    it(`submit, co-speaker, release, confirm, public pages (speaker pages with JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const stamp = Date.now()
      const email = `sample.journey.${tag}.${stamp}@example.org`
      const guestEmail = `sample.journey.guest.${tag}.${stamp}@example.org`
      const speakerName = `Sam Journey ${tag.toUpperCase()} Sample`
      const guestName = `Gale Journey ${tag.toUpperCase()} Sample`
      const title = `Sample journey proposal ${tag} ${stamp}`

      // The submitter proposes, signs in by the emailed link, edits.
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      const propose = new ProposePage(page, baseURL())
      await propose.goto(YEAR)
      await propose.fill({ name: speakerName, email, title, abstract: ABSTRACT, format: FORMAT, bio: 'A sample bio.', consent: true })
      await Promise.all([page.waitForURL(/\/propose\/confirmation\//), propose.submit()])
      const space = new SpeakerSpacePage(page, baseURL())
      await space.goto()
      if (!javaScriptEnabled) assert.equal(await space.scriptCount(), 0, 'the speaker pages ship no script')
      await space.askForLink(email)
      await space.signInWith(await speakerLinkTo(email))
      await space.openProposal(title)
      await space.field('title').fill(`${title}, edited`)
      await space.save()
      const proposalUrl = page.url().replace(/\?.*$/, '')
      const id = proposalUrl.split('/').at(-1)!

      // A co-speaker is invited and accepts from their own browser.
      await space.invite(guestName, guestEmail, 'reflection')
      const guestContext = await browser.newContext({ javaScriptEnabled })
      const guest = new SpeakerSpacePage(await guestContext.newPage(), baseURL())
      await guest.acceptInvitation(await speakerLinkTo(guestEmail, 'invitation'))
      assert.match(await guest.people(), new RegExp(`${guestName} · Reflection · accepted`))

      // An editor accepts in the admin: still pending, the speaker sees "Under review".
      assert.equal((await api(`/api/proposals/${id}`, { method: 'PATCH', body: JSON.stringify({ status: 'in-review' }) })).status, 200)
      const adminContext = await browser.newContext()
      await addLoginCookie(adminContext, cookie)
      const adminPage = await adminContext.newPage()
      const proposalAdmin = new ProposalAdminPage(adminPage, baseURL())
      await proposalAdmin.open(id)
      await proposalAdmin.acceptButton().click()
      await adminPage.getByText(/Accepted\. Speaker (created|linked), draft session (created|already there)/).waitFor({ timeout: 60_000 })
      // The button reloads the proposal 800 ms after saying so: let it, or it aborts the next navigation.
      await adminPage.waitForEvent('load', { timeout: 30_000 })
      await page.goto(proposalUrl)
      assert.equal(await space.status(), 'Under review')

      // The editor releases the edition's outbox: the acceptance email carries the confirmation link.
      const outbox = new OutboxPage(adminPage, baseURL())
      await outbox.open()
      assert.ok((await outbox.rows(EDITION_TITLE).count()) >= 1)
      const released = await outbox.releaseAll(EDITION_TITLE)
      assert.match(released.question, /^Release every decision of this edition/)
      assert.match(released.outcome, /^Released [1-9]/)
      const { match: confirmLink } = await mailMatching(email, new RegExp(`https?://\\S+/speaker/proposals/${id}\\b`))
      assert.equal(new URL(confirmLink).pathname, new URL(proposalUrl).pathname)

      // Both confirm from the speaker space.
      await page.goto(confirmLink)
      assert.equal(await space.status(), 'Accepted')
      assert.equal(await space.participationResponse(), 'Not answered yet')
      await space.answerParticipation('confirmed')
      assert.equal(await space.participationResponse(), 'Confirmed')
      await guest.page.goto(confirmLink)
      await guest.answerParticipation('confirmed')
      assert.equal(await guest.participationResponse(), 'Confirmed')
      const stored = (await (await api(`/api/proposals/${id}?depth=0`)).json()) as { participation: Array<{ response: string }> }
      assert.deepEqual(
        stored.participation.map((row) => row.response),
        ['confirmed', 'confirmed'],
      )

      // The editor schedules the session and publishes the speakers and a programme version.
      const sessions = (await (await api(`/api/sessions?where[proposal][equals]=${id}&draft=true&depth=0`)).json()) as {
        docs: Array<{ id: Id; speakers: Id[]; confirmation?: string }>
      }
      const session = sessions.docs[0]!
      assert.match(String(session.confirmation), /^2 confirmed, 0 declined, 0 waiting/)
      for (const speaker of session.speakers) {
        const published = await api(`/api/speakers/${speaker}?locale=en`, {
          method: 'PATCH',
          body: JSON.stringify({ _status: 'published' }),
        })
        assert.equal(published.status, 200, await published.clone().text())
      }
      const room = await api('/api/rooms?locale=en', {
        method: 'POST',
        body: JSON.stringify({ name: `Sample room ${tag}`, edition: editionId }),
      })
      const roomId = ((await room.json()) as { doc: { id: Id } }).doc.id
      const start = new Date(Date.UTC(YEAR, 11, 1, 9, javaScriptEnabled ? 0 : 30))
      const placed = await api(`/api/sessions/${session.id}?draft=true&locale=en`, {
        method: 'PATCH',
        body: JSON.stringify({ start: start.toISOString(), end: new Date(start.getTime() + 25 * 60_000).toISOString(), room: roomId }),
      })
      assert.equal(placed.status, 200, await placed.clone().text())
      const release = await api('/api/programme-releases/publish', { method: 'POST', body: JSON.stringify({ edition: editionId }) })
      assert.equal(release.status, 201, await release.clone().text())

      // The public session page and both speaker pages show both people (read without any login).
      const visitor = await browser.newContext({ javaScriptEnabled })
      const publicPage = await visitor.newPage()
      const publicSession = (await (await api(`/api/sessions/${session.id}?depth=0`)).json()) as {
        slug: string
      }
      const speakerDocs = await Promise.all(
        session.speakers.map(
          async (speaker) => (await (await api(`/api/speakers/${speaker}?depth=0`)).json()) as { slug: string; name: string },
        ),
      )
      assert.deepEqual(speakerDocs.map((doc) => doc.name).sort(), [guestName, speakerName].sort())
      for (let attempt = 0; ; attempt++) {
        const answer = await publicPage.goto(`${baseURL()}/editions/${YEAR}/programme/${publicSession.slug}`)
        if (answer?.status() === 200 || attempt >= 20) break
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      const sessionText = await publicPage.locator('main').innerText()
      assert.match(sessionText, new RegExp(speakerName))
      assert.match(sessionText, new RegExp(guestName))
      for (const speaker of speakerDocs) {
        const answer = await publicPage.goto(`${baseURL()}/editions/${YEAR}/speakers/${speaker.slug}`)
        assert.equal(answer?.status(), 200)
        const text = await publicPage.locator('main').innerText()
        assert.match(text, new RegExp(speaker.name))
        assert.match(text, new RegExp(`${title}, edited`))
      }
      if (!javaScriptEnabled) assert.equal(await publicPage.locator('script:not([type="application/ld+json"])').count(), 0)
      await Promise.all([visitor.close(), adminContext.close(), guestContext.close(), context.close()])
    })
  }
})
