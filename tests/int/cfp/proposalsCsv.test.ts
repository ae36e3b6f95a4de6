/**
 * The CSV export of an edition's proposals with their reviews (src/cfp/review/proposalsCsv.ts, endpoint
 * GET /api/proposals/export.csv?edition=<id>): editors and admins only, one row per proposal of that
 * edition, RFC 4180 quoting, a UTF-8 BOM, and no spreadsheet formula smuggled in by a submitter.
 */
import type { Payload } from 'payload'

import { csvCell, csvLine } from '../../../src/cfp/review/proposalsCsv'
import { factories, SAMPLE_ABSTRACT, TEST_PASSWORD as PASSWORD, type Doc, type Factories } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories

const fx = {
  edition: {} as Doc,
  otherEdition: {} as Doc,
  tokens: {} as Record<'admin' | 'editor' | 'reviewer', string>,
  users: {} as Record<'admin' | 'editor' | 'reviewer' | 'peer', Doc>,
  proposals: {} as Record<'tricky' | 'plain' | 'unreviewed' | 'elsewhere', Doc>,
}

const create = (collection: 'editions' | 'users' | 'reviews', data: Record<string, unknown>) => make.create(collection, data)

const proposal = (edition: Doc, title: string, name: string, data: Record<string, unknown> = {}) =>
  make.proposal(edition, {
    submitter: { name, email: `${name.split(' ')[0]!.toLowerCase().replace(/\W/g, '')}@example.org`, affiliation: 'Sample Lab' },
    title,
    bio: 'Sample bio.',
    ...data,
  })

/** A small RFC 4180 reader, enough to check what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      index++
    } else cell += char
  }
  if (cell !== '' || row.length > 0) throw new Error('the file does not end with CRLF')
  return rows
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  fx.edition = await make.edition(2043, { status: 'current' })
  fx.otherEdition = await make.edition(2044)
  for (const role of ['admin', 'editor', 'reviewer', 'peer'] as const) {
    fx.users[role] = await create('users', {
      email: `${role}@example.org`,
      name: `Sample ${role}`,
      password: PASSWORD,
      role: role === 'peer' ? 'reviewer' : role,
      ...(role === 'reviewer' || role === 'peer' ? { reviewerEditions: [fx.edition.id] } : {}),
    })
  }
  for (const role of ['admin', 'editor', 'reviewer'] as const) fx.tokens[role] = await login(payload, `${role}@example.org`, PASSWORD)
  const theme = await make.create('themes', { title: 'Sample data theme', edition: fx.edition.id, _status: 'published' })
  fx.proposals.tricky = await proposal(fx.edition, '=HYPERLINK("http://evil.example","click"), with "quotes"', 'Zoë Sample', {
    themes: [theme.id],
    durationWish: '60+',
  })
  fx.proposals.plain = await proposal(fx.edition, 'Plain title', 'Plain Person', {
    format: 'inspiring-initiative',
    otherTheme: 'Sample other',
  })
  fx.proposals.unreviewed = await proposal(fx.edition, 'Nobody reviewed me', 'Waiting Person')
  fx.proposals.elsewhere = await proposal(fx.otherEdition, 'Another edition', 'Other Person')
  // Fixed submission times, one in winter (+01:00) and one in summer (+02:00) in Paris.
  const submitted = { tricky: '2026-12-01T09:00:00.000Z', plain: '2026-07-01T08:30:00.000Z', unreviewed: '2026-10-25T00:30:00.000Z' }
  for (const [key, createdAt] of Object.entries(submitted)) {
    await payload.db.updateOne({ collection: 'proposals', id: fx.proposals[key as keyof typeof submitted].id, data: { createdAt } })
  }
  await create('reviews', { proposal: fx.proposals.tricky.id, reviewer: fx.users.reviewer.id, score: 4, comment: 'Good,\nbut long.' })
  await create('reviews', { proposal: fx.proposals.tricky.id, reviewer: fx.users.peer.id, score: 5, comment: '+1 from me' })
  await create('reviews', { proposal: fx.proposals.plain.id, reviewer: fx.users.peer.id, score: 2, comment: '@mention' })
})

afterAll(async () => {
  await ctx?.close()
})

describe('csv cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['=A1,B1', `"'=A1,B1"`],
  ])('%j is written %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it('numbers stay numbers (a negative number is not a formula), empty values stay empty', () => {
    expect(csvLine([4, -1, 3.5, null, undefined, ''])).toBe('4,-1,3.5,,,')
  })
})

describe('GET /api/proposals/export.csv', () => {
  const path = () => `/proposals/export.csv?edition=${fx.edition.id}`

  it('is refused to the public (401) and to reviewers (403), with no data', async () => {
    const anonymous = await rest(payload, 'GET', path())
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).not.toContain('Plain title')
    const reviewer = await rest(payload, 'GET', path(), { token: fx.tokens.reviewer })
    expect(reviewer.status).toBe(403)
    expect(await reviewer.text()).not.toContain('Plain title')
  })

  it('refuses a malformed edition or filter (400) and knows unknown editions (404)', async () => {
    expect((await rest(payload, 'GET', '/proposals/export.csv?edition=abc', { token: fx.tokens.editor })).status).toBe(400)
    expect((await rest(payload, 'GET', '/proposals/export.csv?where=title', { token: fx.tokens.editor })).status).toBe(400)
    const unknown = payload.db.defaultIDType === 'number' ? 987654 : '0123456789abcdef01234567'
    expect((await rest(payload, 'GET', `/proposals/export.csv?edition=${unknown}`, { token: fx.tokens.editor })).status).toBe(404)
  })

  const HEADER = [
    'reference',
    'status',
    'status code',
    'title',
    'format',
    'format code',
    'themes',
    'other theme',
    'duration wish',
    'submitter name',
    'submitter email',
    'submitter affiliation',
    'abstract',
    'submitted at',
    'review count',
    'average score',
    'review 1 reviewer',
    'review 1 score',
    'review 1 comment',
    'review 2 reviewer',
    'review 2 score',
    'review 2 comment',
  ]

  /** The export's rows, read back; the BOM and headers checked on the way. */
  async function exported(
    query: string,
    role: 'editor' | 'admin' = 'editor',
  ): Promise<{ header: string[]; rows: string[][]; disposition: string }> {
    const response = await rest(payload, 'GET', `/proposals/export.csv${query}`, { token: fx.tokens[role] })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1))
    return { header: header!, rows, disposition: response.headers.get('content-disposition') ?? '' }
  }

  it.each(['editor', 'admin'] as const)(
    "gives the %s the edition's proposals as these rows: labels, codes, Paris times, reviews",
    async (role) => {
      const { header, rows, disposition } = await exported(`?edition=${fx.edition.id}`, role)
      expect(disposition).toBe('attachment; filename="commons-ai-2043-proposals.csv"')
      expect(header).toEqual(HEADER)
      const ref = (key: keyof typeof fx.proposals) => String(fx.proposals[key].reference)
      // Oldest submission first.
      expect(rows).toEqual([
        [
          ref('plain'),
          'In review',
          'in-review',
          'Plain title',
          'Inspiring initiative',
          'inspiring-initiative',
          '',
          'Sample other',
          '',
          'Plain Person',
          'plain@example.org',
          'Sample Lab',
          SAMPLE_ABSTRACT,
          '2026-07-01 10:30 +02:00',
          '1',
          '2.00',
          'Sample peer',
          '2',
          "'@mention",
          '',
          '',
          '',
        ],
        [
          ref('unreviewed'),
          'Submitted',
          'submitted',
          'Nobody reviewed me',
          'Framing talk',
          'framing-talk',
          '',
          '',
          '',
          'Waiting Person',
          'waiting@example.org',
          'Sample Lab',
          SAMPLE_ABSTRACT,
          '2026-10-25 02:30 +02:00',
          '0',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
        [
          ref('tricky'),
          'In review',
          'in-review',
          `'=HYPERLINK("http://evil.example","click"), with "quotes"`,
          'Framing talk',
          'framing-talk',
          'Sample data theme',
          '',
          '60 minutes or more',
          'Zoë Sample',
          'zo@example.org',
          'Sample Lab',
          SAMPLE_ABSTRACT,
          '2026-12-01 10:00 +01:00',
          '2',
          '4.50',
          'Sample reviewer',
          '4',
          'Good,\nbut long.',
          'Sample peer',
          '5',
          "'+1 from me",
        ],
      ])
    },
  )

  it('exports what the admin list shows: its filter and search, or everything', async () => {
    const filtered = await exported(`?where[edition][equals]=${fx.edition.id}&where[status][equals]=submitted`)
    expect(filtered.rows.map((row) => row[3])).toEqual(['Nobody reviewed me'])
    expect(filtered.disposition).toBe('attachment; filename="commons-ai-all-proposals.csv"')
    const searched = await exported(`?search=${encodeURIComponent(String(fx.proposals.plain.reference))}`)
    expect(searched.rows.map((row) => row[3])).toEqual(['Plain title'])
    const everything = await exported('')
    expect(everything.rows.map((row) => row[3]).sort()).toEqual(
      ['Another edition', 'Nobody reviewed me', 'Plain title', `'=HYPERLINK("http://evil.example","click"), with "quotes"`].sort(),
    )
  })
})
