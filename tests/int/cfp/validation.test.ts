import { fieldErrorMessage } from '../../../src/cfp/submit/messages'
import { EMPTY_VALUES, readFormValues, validateSubmission, type FieldErrors, type FormValues } from '../../../src/cfp/submit/submission'

/** Every rule of the proposal form (src/cfp/submit/submission.ts) with the message a visitor reads, in English and French. */
const choices = { formats: ['framing-talk', 'inspiring-initiative'], themeIds: [11, 12] }
const ABSTRACT =
  'An abstract long enough to pass the minimum: it explains the question, the method and the outcome in a hundred characters or more.'

const valid: FormValues = {
  ...EMPTY_VALUES,
  name: 'Ada Sample',
  email: 'ada@example.org',
  title: 'A sample proposal',
  abstract: ABSTRACT,
  format: 'framing-talk',
  bio: 'Sample bio.',
  consent: true,
}

function errorsOf(values: Partial<FormValues>): FieldErrors {
  const result = validateSubmission({ ...valid, ...values }, choices)
  return result.ok ? {} : result.errors
}

function messagesOf(values: Partial<FormValues>, locale: 'en' | 'fr' = 'en') {
  return Object.fromEntries(
    Object.entries(errorsOf(values)).map(([field, error]) => [field, fieldErrorMessage(locale, field as never, error!)]),
  )
}

describe('the proposal form validation', () => {
  it('accepts a complete proposal and normalises what it keeps', () => {
    const result = validateSubmission(
      {
        ...valid,
        email: '  Ada@Example.ORG ',
        themes: ['12', 'other'],
        otherTheme: 'Energy',
        durationWish: '30',
        links: 'https://a.example/x\n\nhttp://b.example',
      },
      choices,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.submitter.email).toBe('ada@example.org')
    // Theme ids keep their database type (numbers on SQLite).
    expect(result.data.themes).toEqual([12])
    expect(result.data.otherTheme).toBe('Energy')
    expect(result.data.links).toEqual([
      { label: 'a.example', url: 'https://a.example/x' },
      { label: 'b.example', url: 'http://b.example' },
    ])
  })

  it('names every missing required field, in English and in French', () => {
    const empty = messagesOf(EMPTY_VALUES)
    expect(empty).toEqual({
      name: 'Enter your name.',
      email: 'Enter your email address.',
      title: 'Enter a title for your proposal.',
      abstract: 'Enter an abstract.',
      format: 'Choose a format.',
      bio: 'Enter a short bio.',
      consent: 'Your consent is needed to store and review your proposal.',
    })
    expect(messagesOf(EMPTY_VALUES, 'fr').name).toBe('Indiquez votre nom.')
    expect(messagesOf(EMPTY_VALUES, 'fr').consent).toBe('Votre consentement est nécessaire pour conserver et évaluer votre proposition.')
  })

  it('keeps the abstract between 100 and 3,000 characters (one character short or over is refused)', () => {
    expect(errorsOf({ abstract: 'a'.repeat(100) })).toEqual({})
    expect(errorsOf({ abstract: 'a'.repeat(3000) })).toEqual({})
    expect(messagesOf({ abstract: 'a'.repeat(99) }).abstract).toBe('Abstract must be at least 100 characters long (it has 99).')
    expect(messagesOf({ abstract: 'a'.repeat(3001) }).abstract).toBe('Abstract must be at most 3,000 characters long (it has 3,001).')
    // French groups thousands with a narrow no-break space.
    expect(messagesOf({ abstract: 'a'.repeat(3001) }, 'fr').abstract?.replace(/\s/g, ' ')).toBe(
      'Résumé : 3 000 caractères au plus (actuellement 3 001).',
    )
  })

  it('counts a browser line break (CRLF) as one character and trims spaces', () => {
    const form = new URLSearchParams({ abstract: `  ${'a'.repeat(49)}\r\n${'b'.repeat(50)}  ` })
    const values = readFormValues(form)
    expect(values.abstract).toHaveLength(100)
    expect(errorsOf({ abstract: values.abstract })).toEqual({})
  })

  it('enforces the length of every text field', () => {
    expect(messagesOf({ name: 'n'.repeat(121) }).name).toBe('Name must be at most 120 characters long (it has 121).')
    expect(errorsOf({ name: 'n'.repeat(120) })).toEqual({})
    expect(errorsOf({ title: 't'.repeat(201) }).title).toMatchObject({ code: 'tooLong', limit: 200 })
    expect(errorsOf({ affiliation: 'a'.repeat(161) }).affiliation).toMatchObject({ code: 'tooLong', limit: 160 })
    expect(errorsOf({ bio: 'b'.repeat(1501) }).bio).toMatchObject({ code: 'tooLong', limit: 1500 })
    expect(errorsOf({ email: `${'e'.repeat(250)}@example.org` }).email).toMatchObject({ code: 'tooLong', limit: 254 })
  })

  it('refuses a malformed email address', () => {
    for (const email of ['ada', 'ada@', 'ada@example', 'ada @example.org', '@example.org']) {
      expect(messagesOf({ email }).email).toBe('Enter a valid email address, e.g. name@example.org.')
    }
    expect(messagesOf({ email: 'ada' }, 'fr').email).toBe('Indiquez une adresse e-mail valide, par exemple nom@example.org.')
  })

  it("accepts only the edition's format parts", () => {
    expect(messagesOf({ format: 'audience-reflection' }).format).toBe('Choose one of the options offered for “Format”.')
    expect(messagesOf({ format: 'keynote' }, 'fr').format).toBe('Choisissez l’une des options proposées pour « Format ».')
  })

  it("accepts only the edition's themes, and “another theme” needs its text", () => {
    expect(errorsOf({ themes: ['11', '12'] })).toEqual({})
    expect(messagesOf({ themes: ['13'] }).themes).toBe('Choose one of the options offered for “Themes”.')
    expect(messagesOf({ themes: ['other'] }).otherTheme).toBe('Name your theme, or untick “Another theme”.')
    expect(errorsOf({ themes: ['other'], otherTheme: 'x'.repeat(201) }).otherTheme).toMatchObject({ code: 'tooLong' })
    // Text typed without ticking "another theme" is not kept.
    const result = validateSubmission({ ...valid, otherTheme: 'Ignored' }, choices)
    expect(result.ok).toBe(true)
    expect(result.ok ? result.data.otherTheme : 'invalid').toBeUndefined()
  })

  it('accepts only the offered lengths', () => {
    expect(errorsOf({ durationWish: 'flexible' })).toEqual({})
    expect(messagesOf({ durationWish: '90' }).durationWish).toBe('Choose one of the options offered for “Preferred length”.')
  })

  it('accepts up to 5 http(s) links, one per line', () => {
    expect(messagesOf({ links: 'javascript:alert(1)' }).links).toBe(
      '“javascript:alert(1)” is not a web address: start it with https:// or http://.',
    )
    expect(messagesOf({ links: 'example.org' }, 'fr').links).toBe(
      '« example.org » n’est pas une adresse web : commencez-la par https:// ou http://.',
    )
    const six = Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`).join('\n')
    expect(messagesOf({ links: six }).links).toBe('Links: at most 5.')
    expect(errorsOf({ links: six.split('\n').slice(0, 5).join('\n') })).toEqual({})
  })

  it('requires the consent box', () => {
    expect(Object.keys(errorsOf({ consent: false }))).toEqual(['consent'])
    expect(readFormValues(new URLSearchParams({ consent: 'yes' })).consent).toBe(true)
    expect(readFormValues(new URLSearchParams({})).consent).toBe(false)
  })
})
