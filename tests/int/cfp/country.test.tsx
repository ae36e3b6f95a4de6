/**
 * The optional country of a proposal: asked only when the edition's editors turn it on (off by default),
 * an ISO 3166-1 code from the list, with names in English and French.
 */
import { renderToStaticMarkup } from 'react-dom/server'

import { fieldErrorMessage } from '../../../src/cfp/submit/messages'
import { EMPTY_VALUES, readFormValues, validateSubmission, type FormValues } from '../../../src/cfp/submit/submission'
import { ProposalForm } from '../../../src/cfp/submit/ui/ProposalForm'
import { COUNTRY_CODES, countryChoices, countryName } from '../../../src/platform/i18n/countries'

const choices = { formats: ['framing-talk'], themeIds: [11] }
const valid: FormValues = {
  ...EMPTY_VALUES,
  name: 'Ada Sample',
  email: 'ada@example.org',
  title: 'A sample proposal',
  abstract: 'An abstract long enough to pass the minimum: it explains the question, the method and the outcome in a hundred characters.',
  format: 'framing-talk',
  bio: 'Sample bio.',
  consent: true,
}

describe('the country of a proposal', () => {
  it('lists the 249 ISO 3166-1 codes, named in English and French', () => {
    expect(COUNTRY_CODES).toHaveLength(249)
    expect(new Set(COUNTRY_CODES).size).toBe(249)
    expect(countryName('DE', 'en')).toBe('Germany')
    expect(countryName('DE', 'fr')).toBe('Allemagne')
    expect(countryChoices('fr')[0]).toEqual({ code: 'AF', name: 'Afghanistan' })
  })

  it('is ignored unless the edition asks for it (off by default)', () => {
    const posted = { ...valid, country: 'FR' }
    const off = validateSubmission(posted, choices)
    expect(off.ok && off.data.submitter).toEqual({ name: 'Ada Sample', email: 'ada@example.org' })
    const on = validateSubmission(posted, { ...choices, askCountry: true })
    expect(on.ok && on.data.submitter.country).toBe('FR')
    const none = validateSubmission({ ...valid, country: '' }, { ...choices, askCountry: true })
    expect(none.ok && 'country' in none.data.submitter).toBe(false)
  })

  it('must be one of the codes when asked', () => {
    const result = validateSubmission({ ...valid, country: 'XX' }, { ...choices, askCountry: true })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({ country: { code: 'invalidChoice' } })
    expect(fieldErrorMessage('fr', 'country', result.errors.country!)).toContain('Pays')
    const form = new FormData()
    form.set('country', ' FR ')
    expect(readFormValues(form as never).country).toBe('FR')
  })

  it('is a select on the form only when asked', () => {
    const props = { locale: 'fr' as const, action: '/x', token: 't', formats: [], themes: [], values: EMPTY_VALUES, errors: {} }
    expect(renderToStaticMarkup(<ProposalForm {...props} />)).not.toContain('name="country"')
    const html = renderToStaticMarkup(<ProposalForm {...props} countries={countryChoices('fr')} />)
    expect(html).toContain('name="country"')
    expect(html).toMatch(/<option value=""( selected="")?>Je préfère ne pas le dire<\/option>/)
    expect(html).toContain('<option value="DE">Allemagne</option>')
  })
})
