import fs from 'node:fs'
import path from 'node:path'

import type { TextBlock } from '../platform/richText/lexical'

/** The seed content, as the JSON files under src/seed/data describe it. */
type FormatPartSeed = { kind: 'framing-talk' | 'audience-reflection' | 'inspiring-initiative'; title: string; description: string }
type ThemeSeed = { slug: string; title: string; summary: string; fr: { title: string; summary: string } | null }
type CommitteeSeed = { name: string; role: 'coordinator' | 'member' }
export type EditionSeed = {
  year: number
  ordinal: number
  status: 'draft' | 'upcoming' | 'current' | 'archived'
  title: string
  tagline: string | null
  introHeading: string | null
  intro: TextBlock[]
  formatHeading: string | null
  formatIntro: string | null
  format: FormatPartSeed[]
  formatNote: string | null
  themesHeading: string | null
  themesIntro: string | null
  committeeIntro: string | null
  startDate: string | null
  endDate: string | null
  venue: string | null
  city: string | null
  hostEvent: { name: string | null; shortName: string | null; note: string | null } | null
  cfp: { opensAt: string | null; deadline: string | null; heading: string | null; intro: string | null; contactEmail: string | null } | null
  registration: { state: 'to-be-announced' | 'open' | 'closed'; note: string | null } | null
  newsletterUrl: string | null
  themes: ThemeSeed[]
  committee: CommitteeSeed[]
  isCurrent: boolean
  /** The French texts of the same edition (only the localized fields). */
  fr: EditionTranslation | null
}
type EditionTranslation = {
  title: string
  tagline: string | null
  introHeading: string | null
  intro: TextBlock[]
  formatHeading: string | null
  formatIntro: string | null
  format: Array<{ title: string; description: string }>
  formatNote: string | null
  themesHeading: string | null
  themesIntro: string | null
  committeeIntro: string | null
  venue: string | null
  city: string | null
  hostEventNote: string | null
  cfpHeading: string | null
  cfpIntro: string | null
  registrationNote: string | null
}
export type PerspectiveSeed = {
  slug: string
  kind: 'reading' | 'talk-summary'
  title: string
  publishedDate: string | null
  authors: string[]
  people: Array<{ name: string; affiliation: string | null; role: string | null }>
  source: { name: string | null; url: string | null }
  summary: string
  body: TextBlock[]
  themes: string[]
}
export type SeedData = { editions: EditionSeed[]; perspectives: PerspectiveSeed[] }

export class SeedDataError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`Seed file ${file}: ${where ? `${where} ` : ''}${problem}`)
    this.name = 'SeedDataError'
  }
}

const DEFAULT_SEED_DIR = path.join(process.cwd(), 'src', 'seed', 'data')
const EDITION_FILE = /^edition-\d{4}\.json$/
const PERSPECTIVES_FILE = 'perspectives.json'

/** Reads and checks every seed file; the first problem found is thrown with its file and field. */
export function loadSeedData(dir: string = DEFAULT_SEED_DIR): SeedData {
  // Read at run time, not bundled: the Docker image copies src/seed/data next to the server.
  const files = fs.readdirSync(/* turbopackIgnore: true */ dir).sort()
  const editions = files.filter((name) => EDITION_FILE.test(name)).map((name) => readEdition(dir, name))
  if (editions.length === 0) throw new SeedDataError(dir, '', 'holds no edition-YYYY.json file')
  const perspectives = files.includes(PERSPECTIVES_FILE) ? readPerspectives(dir, PERSPECTIVES_FILE) : []
  const themeSlugs = new Set(editions.flatMap((edition) => edition.themes.map((theme) => theme.slug)))
  perspectives.forEach((perspective, index) => {
    for (const slug of perspective.themes) {
      if (!themeSlugs.has(slug)) {
        throw new SeedDataError(PERSPECTIVES_FILE, `[${index}].themes`, `names the unknown theme "${slug}"`)
      }
    }
  })
  if (editions.filter((edition) => edition.isCurrent).length > 1) {
    throw new SeedDataError(dir, '', 'marks more than one edition as current (isCurrent)')
  }
  return { editions, perspectives }
}

function readJson(dir: string, name: string): unknown {
  const text = fs.readFileSync(path.join(/* turbopackIgnore: true */ dir, name), 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new SeedDataError(name, '', `is not valid JSON (${(error as Error).message})`)
  }
}

/** A small checked reader: each accessor names the file and the field path when a value is wrong. */
class Reader {
  constructor(
    readonly file: string,
    readonly value: unknown,
    readonly where: string,
  ) {}

  private fail(problem: string): never {
    throw new SeedDataError(this.file, this.where, problem)
  }

  object(): Record<string, unknown> {
    if (!this.value || typeof this.value !== 'object' || Array.isArray(this.value)) this.fail('must be an object')
    return this.value as Record<string, unknown>
  }

  field(key: string): Reader {
    return new Reader(this.file, this.object()[key], this.where ? `${this.where}.${key}` : key)
  }

  string(): string {
    if (typeof this.value !== 'string' || this.value.trim() === '') this.fail('must be a non-empty text')
    return this.value
  }

  optionalString(): string | null {
    return this.value === undefined || this.value === null ? null : this.string()
  }

  date(): string | null {
    const value = this.optionalString()
    if (value !== null && Number.isNaN(Date.parse(value))) this.fail(`"${value}" is not a date`)
    return value
  }

  integer(): number {
    if (typeof this.value !== 'number' || !Number.isInteger(this.value)) this.fail('must be a whole number')
    return this.value
  }

  boolean(): boolean {
    if (typeof this.value !== 'boolean') this.fail('must be true or false')
    return this.value
  }

  oneOf<T extends string>(choices: readonly T[]): T {
    const value = this.string()
    if (!choices.includes(value as T)) this.fail(`must be one of ${choices.join(', ')} (got "${value}")`)
    return value as T
  }

  list<T>(each: (item: Reader) => T, options: { optional?: boolean } = {}): T[] {
    if (options.optional && (this.value === undefined || this.value === null)) return []
    if (!Array.isArray(this.value)) this.fail('must be a list')
    return this.value.map((item, index) => each(new Reader(this.file, item, `${this.where}[${index}]`)))
  }

  optional<T>(read: (reader: Reader) => T): T | null {
    return this.value === undefined || this.value === null ? null : read(this)
  }
}

function readBlocks(reader: Reader): TextBlock[] {
  return reader.list((block) => {
    const type = block.field('type').oneOf(['p', 'h2', 'h3', 'ul', 'quote'] as const)
    switch (type) {
      case 'ul':
        return { type, items: block.field('items').list((item) => item.string()) }
      case 'quote': {
        const cite = block.field('cite').optionalString()
        return cite ? { type, text: block.field('text').string(), cite } : { type, text: block.field('text').string() }
      }
      default:
        return { type, text: block.field('text').string() }
    }
  })
}

function readEdition(dir: string, name: string): EditionSeed {
  const root = new Reader(name, readJson(dir, name), '')
  const year = root.field('year').integer()
  if (name !== `edition-${year}.json`) throw new SeedDataError(name, 'year', `is ${year}, but the file is named ${name}`)
  const text = (key: string) => root.field(key).optionalString()
  const edition: EditionSeed = {
    year,
    ordinal: root.field('ordinal').integer(),
    status: root.field('status').oneOf(['draft', 'upcoming', 'current', 'archived'] as const),
    title: root.field('title').string(),
    tagline: text('tagline'),
    introHeading: text('introHeading'),
    intro: readBlocks(root.field('intro')),
    formatHeading: text('formatHeading'),
    formatIntro: text('formatIntro'),
    format: root.field('format').list(
      (part) => ({
        kind: part.field('kind').oneOf(['framing-talk', 'audience-reflection', 'inspiring-initiative'] as const),
        title: part.field('title').string(),
        description: part.field('description').string(),
      }),
      { optional: true },
    ),
    formatNote: text('formatNote'),
    themesHeading: text('themesHeading'),
    themesIntro: text('themesIntro'),
    committeeIntro: text('committeeIntro'),
    startDate: root.field('startDate').date(),
    endDate: root.field('endDate').date(),
    venue: text('venue'),
    city: text('city'),
    hostEvent: root.field('hostEvent').optional((host) => ({
      name: host.field('name').optionalString(),
      shortName: host.field('shortName').optionalString(),
      note: host.field('note').optionalString(),
    })),
    cfp: root.field('cfp').optional((cfp) => ({
      opensAt: cfp.field('opensAt').date(),
      deadline: cfp.field('deadline').date(),
      heading: cfp.field('heading').optionalString(),
      intro: cfp.field('intro').optionalString(),
      contactEmail: cfp.field('contactEmail').optionalString(),
    })),
    registration: root.field('registration').optional((registration) => ({
      state: registration.field('state').oneOf(['to-be-announced', 'open', 'closed'] as const),
      note: registration.field('note').optionalString(),
    })),
    newsletterUrl: text('newsletterUrl'),
    themes: root.field('themes').list((theme) => ({
      slug: theme.field('slug').string(),
      title: theme.field('title').string(),
      summary: theme.field('summary').string(),
      fr: theme.field('fr').optional((fr) => ({ title: fr.field('title').string(), summary: fr.field('summary').string() })),
    })),
    committee: root.field('committee').list((member) => ({
      name: member.field('name').string(),
      role: member.field('role').oneOf(['coordinator', 'member'] as const),
    })),
    isCurrent: root.field('isCurrent').boolean(),
    fr: root.field('fr').optional(readTranslation),
  }
  if (edition.fr && edition.fr.format.length > 0 && edition.fr.format.length !== edition.format.length) {
    throw new SeedDataError(name, 'fr.format', `has ${edition.fr.format.length} parts but format has ${edition.format.length}`)
  }
  return edition
}

function readTranslation(fr: Reader): EditionTranslation {
  const text = (key: string) => fr.field(key).optionalString()
  const inGroup = (group: string, key: string) => fr.field(group).optional((reader) => reader.field(key).optionalString())
  return {
    title: fr.field('title').string(),
    tagline: text('tagline'),
    introHeading: text('introHeading'),
    intro: fr.field('intro').optional(readBlocks) ?? [],
    formatHeading: text('formatHeading'),
    formatIntro: text('formatIntro'),
    format: fr
      .field('format')
      .list((part) => ({ title: part.field('title').string(), description: part.field('description').string() }), { optional: true }),
    formatNote: text('formatNote'),
    themesHeading: text('themesHeading'),
    themesIntro: text('themesIntro'),
    committeeIntro: text('committeeIntro'),
    venue: text('venue'),
    city: text('city'),
    hostEventNote: inGroup('hostEvent', 'note'),
    cfpHeading: inGroup('cfp', 'heading'),
    cfpIntro: inGroup('cfp', 'intro'),
    registrationNote: inGroup('registration', 'note'),
  }
}

function readPerspectives(dir: string, name: string): PerspectiveSeed[] {
  return new Reader(name, readJson(dir, name), '').list((item) => ({
    slug: item.field('slug').string(),
    kind: item.field('kind').oneOf(['reading', 'talk-summary'] as const),
    title: item.field('title').string(),
    publishedDate: item.field('publishedDate').date(),
    authors: item.field('authors').list((author) => author.string()),
    people: item.field('people').list((person) => ({
      name: person.field('name').string(),
      affiliation: person.field('affiliation').optionalString(),
      role: person.field('role').optionalString(),
    })),
    source: {
      name: item.field('source').field('name').optionalString(),
      url: item.field('source').field('url').optionalString(),
    },
    summary: item.field('summary').string(),
    body: readBlocks(item.field('body')),
    themes: item.field('themes').list((slug) => slug.string()),
  }))
}
