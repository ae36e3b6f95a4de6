import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { chromium, type Browser } from 'playwright-core'

import { ProposePage } from './pages/propose.page'
import { SpeakerSpacePage } from './pages/speaker.page'
import { loginCookie } from './support/admin'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium.mjs'
import { baseURL } from './support/env'
import { speakerLinkTo } from './support/mail'
import { adminApi, createOpenCallEdition, removeEdition, type AdminApi } from './support/openCall'

/**
 * The speaker space in a browser, with and without JavaScript: submit a proposal, ask for a link, take
 * it from the captured email, sign in, see the proposal with its status, edit it, withdraw it; a reused
 * link is refused; the speaker's cookie opens nothing in the admin. The edition with an open call is
 * sample test data created here as the admin, removed afterwards.
 */
const YEAR = 2033
const FORMAT = 'Sample framing talk (test data)'
const ABSTRACT = 'A sample abstract written by the speaker-space browser test, comfortably longer than the hundred characters required.'

type Id = number | string

describe('the speaker space', () => {
  let api: AdminApi
  let editionId: Id
  let browser: Browser

  before(async () => {
    api = adminApi(await loginCookie())
    editionId = await createOpenCallEdition(api, YEAR, {
      format: [{ blockType: 'framing-talk', title: FORMAT, description: 'Sample description.' }],
    })
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true })
  })

  after(async () => {
    await browser?.close()
    if (editionId === undefined) return
    await removeEdition(api, editionId, ['sessions', 'proposals'])
  })

  for (const javaScriptEnabled of [true, false]) {
    it(`signs in by emailed link, shows, edits and withdraws a proposal (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const email = `sample.speaker.${javaScriptEnabled ? 'js' : 'nojs'}.${Date.now()}@example.org`
      const title = `Sample speaker-space proposal (${javaScriptEnabled ? 'js' : 'no js'})`
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      const propose = new ProposePage(page, baseURL())
      await propose.goto(YEAR)
      await propose.fill({ name: 'Sam Sample', email, title, abstract: ABSTRACT, format: FORMAT, bio: 'A sample bio.', consent: true })
      await Promise.all([page.waitForURL(/\/propose\/confirmation\//), propose.submit()])

      const space = new SpeakerSpacePage(page, baseURL())
      await space.goto()
      if (!javaScriptEnabled) assert.equal(await space.scriptCount(), 0, 'the speaker pages ship no script')
      await space.askForLink(email)
      assert.match(await space.mainText(), /If this address belongs to a speaker/)
      const link = await speakerLinkTo(email)
      await space.signInWith(link)
      assert.equal(await space.proposals().count(), 1)
      assert.match(await space.proposals().first().innerText(), new RegExp(title.replace(/[()]/g, '\\$&')))
      assert.equal(await space.status(), 'Submitted')

      // The link worked once.
      const again = await page.goto(link)
      assert.equal(again?.status(), 410)
      assert.match(await page.locator('main').innerText(), /already used/)

      await space.goto()
      await space.openProposal(title)
      await space.field('title').fill(`${title}, edited`)
      await space.save()
      assert.match(await space.mainText(), /Your changes are saved/)
      assert.equal(await space.field('title').inputValue(), `${title}, edited`)

      await space.field('abstract').fill('too short')
      await page.locator('form[action$="/edit"] button[type="submit"]').click()
      await page.waitForURL(/form=/)
      assert.match(await page.locator('#error-abstract').innerText(), /100/)

      await space.goto('fr')
      assert.match(await space.mainText(), /Mes propositions/)
      assert.equal(await space.status(), 'Envoyée')

      // A co-speaker, invited by email, accepts from their own browser and sees the proposal.
      await space.goto()
      await space.openProposal(`${title}, edited`)
      const proposalUrl = page.url()
      const guestEmail = email.replace('sample.speaker', 'sample.guest')
      await space.invite('Sample Guest Speaker', guestEmail, 'reflection')
      assert.match(await space.people(), /Sample Guest Speaker · Reflection · invited/)
      const guestContext = await browser.newContext({ javaScriptEnabled })
      const guest = new SpeakerSpacePage(await guestContext.newPage(), baseURL())
      await guest.acceptInvitation(await speakerLinkTo(guestEmail, 'invitation'))
      assert.match(await guest.people(), /Sample Guest Speaker · Reflection · accepted/)
      await guest.goto()
      assert.equal(await guest.proposals().count(), 1)
      await guestContext.close()

      // An editor accepts: the session made from the proposal has both people.
      const id = proposalUrl.split('/').at(-1)!
      assert.equal((await api(`/api/proposals/${id}`, { method: 'PATCH', body: JSON.stringify({ status: 'in-review' }) })).status, 200)
      const accepted = await api(`/api/proposals/${id}/accept`, { method: 'POST' })
      assert.equal(accepted.status, 200, await accepted.clone().text())
      const sessionId = ((await accepted.json()) as { session: { id: Id } }).session.id
      const session = (await (await api(`/api/sessions/${sessionId}?depth=1&draft=true`)).json()) as { speakers: Array<{ name: string }> }
      assert.deepEqual(session.speakers.map((speaker) => speaker.name).sort(), ['Sam Sample', 'Sample Guest Speaker'])

      await page.goto(proposalUrl)
      await space.withdraw()
      assert.equal(await space.status(), 'Withdrawn')

      // The speaker's cookie is no admin login (the admin's redirect to its login page needs JavaScript).
      if (javaScriptEnabled) {
        await page.goto(`${baseURL()}/admin`)
        await page.waitForURL(/\/admin\/login/)
      }
      const me = await context.request.get(`${baseURL()}/api/users/me`)
      assert.equal(((await me.json()) as { user: unknown }).user, null)
      await context.close()
    })
  }

  it('another visitor sees the sign-in form, not the proposal; a made-up link is a 404 page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const space = new SpeakerSpacePage(page, baseURL())
    await space.goto('en', '/proposals/1')
    assert.match(await space.mainText(), /Please sign in again/)
    const fake = await page.goto(`${baseURL()}/speaker/link?token=${'A'.repeat(43)}`)
    assert.equal(fake?.status(), 404)
    assert.match(await page.locator('main').innerText(), /not valid/)
    await context.close()
  })
})
