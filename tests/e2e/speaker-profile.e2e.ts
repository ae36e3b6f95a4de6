import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { chromium, type Browser } from 'playwright-core'
import sharp from 'sharp'

import { SpeakerProfilePage } from './pages/profile.page'
import { ProposePage } from './pages/propose.page'
import { SpeakerSpacePage } from './pages/speaker.page'
import { loginCookie } from './support/admin'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium.mjs'
import { baseURL } from './support/env'
import { speakerLinkTo } from './support/mail'
import { adminApi, createOpenCallEdition, type AdminApi } from './support/openCall'

/**
 * My profile in a browser, with and without JavaScript: a submitter whose proposal is linked to a
 * published speaker signs in by the link from the captured email, opens My profile from the space,
 * writes the French bio and uploads a photo, and sees both on the public French speaker page within
 * seconds; a plain-http link is refused next to its field with what was typed kept. The edition, the
 * speakers and the proposals are sample test data created here as the admin, removed afterwards.
 */
const YEAR = 2034
const FORMAT = 'Sample framing talk (profile test data)'
const ABSTRACT = 'A sample abstract written by the speaker-profile browser test, comfortably longer than the hundred characters required.'

type Id = number | string
describe("the speaker's profile", () => {
  let api: AdminApi
  let editionId: Id
  let browser: Browser
  const speakerIds: Id[] = []

  before(async () => {
    api = adminApi(await loginCookie())
    editionId = await createOpenCallEdition(api, YEAR, {
      title: `Sample edition ${YEAR} (profile test data)`,
      format: [{ blockType: 'framing-talk', title: FORMAT, description: 'Sample description.' }],
    })
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true })
  })

  after(async () => {
    await browser?.close()
    if (editionId === undefined) return
    await api(`/api/proposals?where[edition][equals]=${editionId}`, { method: 'DELETE' })
    for (const id of speakerIds) {
      const speaker = (await (await api(`/api/speakers/${id}?depth=0`)).json()) as { photo?: Id | null }
      await api(`/api/speakers/${id}`, { method: 'DELETE' })
      if (speaker.photo) await api(`/api/media/${speaker.photo}`, { method: 'DELETE' })
    }
    await api(`/api/editions/${editionId}`, { method: 'DELETE' })
  })

  for (const javaScriptEnabled of [true, false]) {
    it(`edits the French bio and the photo, seen on the public French page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const tag = javaScriptEnabled ? 'js' : 'nojs'
      const email = `sample.profile.${tag}.${Date.now()}@example.org`
      const name = `Sample Profile Speaker ${tag} ${Date.now()}`
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()

      // A proposal from the form, linked by an editor to a published speaker of the edition.
      const propose = new ProposePage(page, baseURL())
      await propose.goto(YEAR)
      await propose.fill({
        name,
        email,
        title: `Sample profile proposal ${tag}`,
        abstract: ABSTRACT,
        format: FORMAT,
        bio: 'A sample bio.',
        consent: true,
      })
      await Promise.all([page.waitForURL(/\/propose\/confirmation\//), propose.submit()])
      const speakerResponse = await api('/api/speakers', {
        method: 'POST',
        body: JSON.stringify({ name, editions: [editionId], _status: 'published' }),
      })
      assert.equal(speakerResponse.status, 201, await speakerResponse.clone().text())
      const speaker = ((await speakerResponse.json()) as { doc: { id: Id; slug: string } }).doc
      speakerIds.push(speaker.id)
      const found = (await (await api(`/api/proposals?where[submitter.email][equals]=${encodeURIComponent(email)}&depth=0`)).json()) as {
        docs: Array<{ id: Id }>
      }
      const linked = await api(`/api/proposals/${found.docs[0]!.id}`, { method: 'PATCH', body: JSON.stringify({ speaker: speaker.id }) })
      assert.equal(linked.status, 200, await linked.clone().text())

      const space = new SpeakerSpacePage(page, baseURL())
      await space.goto('fr')
      await space.askForLink(email)
      await space.signInWith(await speakerLinkTo(email))
      await space.goto('fr')
      const profile = new SpeakerProfilePage(page, baseURL())
      await profile.openFromSpace(/Mon profil/)
      if (!javaScriptEnabled) assert.equal(await profile.scriptCount(), 0, 'the profile page ships no script')
      assert.equal(await profile.field('name').inputValue(), name)

      // A plain-http link: refused next to its field, what was typed kept.
      const bio = `Biographie écrite par le test du profil (${tag}).`
      await profile.field('bioFr').fill(bio)
      await profile.field('linkLabel').fill('Mon site')
      await profile.field('linkUrl').fill('http://example.org/')
      await profile.save(/form=/)
      assert.match(await profile.errorOf('links'), /https:\/\//)
      assert.equal(await profile.field('bioFr').inputValue(), bio)

      await profile.field('linkUrl').fill('https://example.org/')
      const photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 15, g: 92, b: 70 } } })
        .png()
        .toBuffer()
      await profile.setPhoto({ name: `sample-profile-${tag}.png`, mimeType: 'image/png', buffer: photo })
      await profile.field('altEn').fill('A green square (sample photo)')
      await profile.field('altFr').fill('Un carré vert (photo exemple)')
      await profile.save(/saved=published/)
      assert.match(await profile.status(), /Votre profil est enregistré/)

      // The public French page shows the change within seconds.
      const publicUrl = `${baseURL()}/fr/editions/${YEAR}/speakers/${speaker.slug}`
      let text = ''
      for (let i = 0; i < 20 && !text.includes(bio); i++) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 250))
        const answer = await page.goto(publicUrl)
        assert.equal(answer?.status(), 200)
        text = await page.locator('main').innerText()
      }
      assert.ok(text.includes(bio), 'the French bio is on the public page')
      assert.equal(await page.locator('main img[alt="Un carré vert (photo exemple)"]').count(), 1, 'the photo with its French alt text')
      assert.match(await page.locator('main a[href="https://example.org/"]').innerText(), /Mon site/)
      await context.close()
    })
  }
})
