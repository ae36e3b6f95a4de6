import { microcacheKey } from '../../../src/platform/server/publicHtml'

/**
 * The speaker space is personal: the production server's microcache (one answer kept for a second and
 * served to everyone asking the same URL) must never keep it, nor any page asked with a speaker's cookie.
 */
describe('the microcache and the speaker space', () => {
  it.each(['/speaker', '/fr/speaker', '/speaker/proposals/12', '/fr/speaker/check-email', '/speaker/link?token=x'])(
    'never keeps %s',
    (url) => {
      expect(microcacheKey({ method: 'GET', url, headers: {} })).toBeNull()
    },
  )

  it('never keeps a page asked with a speaker session cookie', () => {
    expect(microcacheKey({ method: 'GET', url: '/', headers: { cookie: 'a=b; speaker_session=xyz' } })).toBeNull()
  })

  it('still keeps public pages, and paths that only start like the speaker space', () => {
    expect(microcacheKey({ method: 'GET', url: '/editions/2026/speakers', headers: {} })).toBe('/editions/2026/speakers')
    expect(microcacheKey({ method: 'GET', url: '/speakers-corner', headers: {} })).toBe('/speakers-corner')
  })
})
