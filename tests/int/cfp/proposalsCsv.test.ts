/**
 * The CSV export of an edition's proposals with their reviews (src/cfp/review/proposalsCsv.ts, endpoint
 * GET /api/proposals/export.csv?edition=<id>): editors and admins only, one row per proposal of that
 * edition, RFC 4180 quoting, a UTF-8 BOM, and no spreadsheet formula smuggled in by a submitter.
 */
import type { Payload } from 'payload'

import { csvCell, csvLine } from '../../../src/cfp/review/proposalsCsv'
import { factories, TEST_PASSWORD as PASSWORD, type Doc, type Factories } from '../helpers/factories'
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

const proposal = (edition: Doc, title: string, name: string) =>
  make.proposal(edition, {
    submitter: { name, email: `${name.split(' ')[0]!.toLowerCase().replace(/\W/g, '')}@example.org`, affiliation: 'Sample Lab' },
    title,
    bio: 'Sample bio.',
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
  fx.proposals.tricky = await proposal(fx.edition, '=HYPERLINK("http://evil.example","click"), with "quotes"', 'Zoë Sample')
  fx.proposals.plain = await proposal(fx.edition, 'Plain title', 'Plain Person')
  fx.proposals.unreviewed = await proposal(fx.edition, 'Nobody reviewed me', 'Waiting Person')
  fx.proposals.elsewhere = await proposal(fx.otherEdition, 'Another edition', 'Other Person')
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

  it('asks for an edition (400) and knows unknown ones (404)', async () => {
    expect((await rest(payload, 'GET', '/proposals/export.csv', { token: fx.tokens.editor })).status).toBe(400)
    const unknown = payload.db.defaultIDType === 'number' ? 987654 : '0123456789abcdef01234567'
    expect((await rest(payload, 'GET', `/proposals/export.csv?edition=${unknown}`, { token: fx.tokens.editor })).status).toBe(404)
  })

  it.each(['editor', 'admin'] as const)('gives the %s one row per proposal of the edition, with reviews and average', async (role) => {
    const response = await rest(payload, 'GET', path(), { token: fx.tokens[role] })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="commons-ai-2043-proposals.csv"')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    const [header, ...rows] = parseCsv(text)
    expect(header!.slice(0, 14)).toEqual([
      'reference',
      'status',
      'title',
      'format',
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
    ])
    expect(header!.slice(14)).toEqual([
      'review 1 reviewer',
      'review 1 score',
      'review 1 comment',
      'review 2 reviewer',
      'review 2 score',
      'review 2 comment',
    ])
    expect(rows).toHaveLength(3)
    expect(rows.every((row) => row.length === header!.length)).toBe(true)
    const byRef = new Map(rows.map((row) => [row[0], row]))
    expect(byRef.has(String(fx.proposals.elsewhere.reference))).toBe(false)

    const tricky = byRef.get(String(fx.proposals.tricky.reference))!
    // The submitter's formula is text for a spreadsheet: prefixed, and its quotes and comma survive.
    expect(tricky[2]).toBe(`'=HYPERLINK("http://evil.example","click"), with "quotes"`)
    expect(tricky[1]).toBe('in-review')
    expect(tricky[7]).toBe('Zoë Sample')
    expect(tricky[8]).toBe('zo@example.org')
    expect(tricky.slice(12, 20)).toEqual(['2', '4.50', 'Sample reviewer', '4', 'Good,\nbut long.', 'Sample peer', '5', "'+1 from me"])

    const plain = byRef.get(String(fx.proposals.plain.reference))!
    expect(plain.slice(12, 17)).toEqual(['1', '2.00', 'Sample peer', '2', "'@mention"])
    expect(plain.slice(17)).toEqual(['', '', ''])

    const unreviewed = byRef.get(String(fx.proposals.unreviewed.reference))!
    expect(unreviewed.slice(12, 14)).toEqual(['0', ''])
    expect(unreviewed[1]).toBe('submitted')
  })
})
