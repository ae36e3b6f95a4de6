import { renderToStaticMarkup } from 'react-dom/server'

import type { CfpEdition } from '../../../src/cfp/submit/edition'
import { EMPTY_VALUES } from '../../../src/cfp/submit/submission'
import { ProposeView } from '../../../src/cfp/submit/ui/ProposeView'

/** What the form page renders on the server (the whole form works from this HTML, without JavaScript). */
const edition: CfpEdition = {
  id: 1,
  year: 2031,
  title: 'Sample edition',
  state: 'upcoming',
  cfp: { opensAt: '2031-03-01T08:00:00.000Z', deadline: '2031-10-26T22:59:59.000Z', contactEmail: 'cfp@example.org' },
  contactEmail: 'cfp@example.org',
  formats: [{ kind: 'framing-talk', title: 'Framing talk', description: 'Sets the scene.' }],
  themes: [{ id: 7, title: 'Sample theme' }],
  askCountry: false,
}
const DURING = new Date('2031-06-01T10:00:00.000Z')
/** The opening tag of the element with this id (attribute order is React's business). */
const tag = (html: string, id: string) => html.match(new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`))?.[0] ?? ''

const render = (props: Partial<Parameters<typeof ProposeView>[0]> = {}) =>
  renderToStaticMarkup(<ProposeView edition={edition} locale="en" now={DURING} state={null} {...props} />)

describe('the proposal form page', () => {
  it('renders a plain HTML form that posts to the submission route with a fresh token and the honeypot', () => {
    const html = render()
    expect(html).toContain('action="/editions/2031/propose/submit"')
    expect(html).toContain('method="post"')
    expect(html).toMatch(/<input type="hidden" name="token" value="[A-Za-z0-9_-]{32}"/)
    expect(html).toMatch(/<div[^>]*aria-hidden="true"><label for="homepage">Leave this field empty<\/label><input [^>]*id="homepage"/)
    expect(tag(html, 'homepage')).toContain('name="homepage"')
    expect(tag(html, 'homepage')).toContain('tabindex="-1"')
    // Two renders, two tokens.
    expect(render().match(/name="token" value="([^"]+)"/)![1]).not.toBe(html.match(/name="token" value="([^"]+)"/)![1])
    expect(html).toContain('The call is open until 26 October 2031 at 23:59 (Paris time).')
    expect(html).toContain('href="mailto:cfp@example.org"')
  })

  it('marks required fields with an asterisk and the required attribute, and explains the asterisk', () => {
    const html = render()
    expect(html).toContain('Fields marked with an asterisk (*) are required.')
    for (const name of ['name', 'email', 'title', 'abstract', 'bio', 'consent']) {
      expect(tag(html, `field-${name}`)).toContain('required=""')
    }
    expect(tag(html, 'field-affiliation')).not.toContain('required')
    // The format is a radio group: each radio is required, the legend carries the star.
    expect(tag(html, 'field-format')).toContain('required=""')
    expect(html).toMatch(/<legend>Format <span[^>]*aria-hidden="true">\*<\/span><\/legend>/)
    expect(html).toMatch(/<label for="field-name"[^>]*>Name <span[^>]*aria-hidden="true">\*<\/span>/)
  })

  it('shows each error next to its field (aria-describedby), a summary linking to the fields, and the values typed', () => {
    const html = render({
      state: {
        token: 'kept-token-kept-token-kept-token',
        values: { ...EMPTY_VALUES, name: 'Sam <Sample>', themes: ['7'] },
        errors: { email: { code: 'required' }, abstract: { code: 'tooShort', limit: 100, length: 10 } },
      },
    })
    expect(html).toContain('value="kept-token-kept-token-kept-token"')
    expect(html).toContain('value="Sam &lt;Sample&gt;"')
    expect(tag(html, 'field-themes')).toContain('checked=""')
    expect(html).toContain('<a href="#field-email">Enter your email address.</a>')
    expect(html).toContain('<p id="error-email"')
    expect(tag(html, 'field-email')).toContain('aria-invalid="true"')
    expect(tag(html, 'field-email')).toContain('aria-describedby="hint-email error-email"')
    expect(tag(html, 'field-name')).not.toContain('aria-invalid')
    expect(html).toContain('Abstract must be at least 100 characters long (it has 10).')
    expect(html).toContain('Please correct 2 fields; everything you typed is kept.')
  })

  it('shows the closed notice with its date, and no form, after the deadline, before the opening and for an archived edition', () => {
    const after = render({ now: new Date('2031-10-26T23:00:00.000Z') })
    expect(after).toContain('The call for proposals closed on 26 October 2031.')
    expect(after).not.toContain('<form')
    expect(render({ now: new Date('2031-02-01T00:00:00.000Z') })).toContain('The call for proposals opens on 1 March 2031 (Paris time).')
    const archived = render({ edition: { ...edition, state: 'past' }, now: new Date('2032-01-01T00:00:00.000Z') })
    expect(archived).toContain('The call for proposals closed on 26 October 2031.')
    expect(archived).not.toContain('<form')
    const french = render({ locale: 'fr', now: new Date('2031-10-27T00:00:00.000Z') })
    expect(french).toContain('L’appel à propositions s’est clos le 26 octobre 2031.')
  })
})
