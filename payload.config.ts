import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { CommitteeMembers } from './src/editions/CommitteeMembers'
import { Editions } from './src/editions/Editions'
import { Media } from './src/media/Media'
import { Perspectives } from './src/perspectives/Perspectives'
import { Proposals } from './src/cfp/Proposals'
import { Reviews } from './src/cfp/review/Reviews'
import { Sessions } from './src/programme/Sessions'
import { Speakers } from './src/speakers/Speakers'
import { SpeakerTokens } from './src/speakers/space/SpeakerTokens'
import { BackupRuns } from './src/backup/BackupRuns'
import { Themes } from './src/editions/Themes'
import { Users } from './src/users/Users'
import { Locks } from './src/platform/locks/Locks'
import { Agendas } from './src/programme/agenda/Agendas'
import { ProgrammeReleases } from './src/programme/releases/ProgrammeReleases'
import { Rooms } from './src/programme/rooms/Rooms'
import { databaseAdapter } from './src/platform/db/databaseAdapter'
import { CacheInvalidations } from './src/platform/cache/invalidations'
import { SiteSettings } from './src/editions/SiteSettings'
import { keepFieldErrors } from './src/platform/http/keepFieldErrors'
import { adminExperience } from './src/platform/ui/admin/adminExperience'
import { globalsWithTextHygiene, withTextHygiene } from './src/platform/fields/textHygiene'
import { withStrictIds } from './src/platform/http/strictIds'
import { jobsConfig } from './src/platform/jobs/config'
import { RateLimitHits } from './src/platform/rateLimit/collection'
import { emailAdapter } from './src/platform/email'
import { allowedOrigins, csrfOrigins } from './src/platform/env/origins'
import { resolvePayloadSecret } from './src/platform/env/secret'
import { siteUrl } from './src/platform/env/siteUrl'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from './src/platform/i18n'
import { seedOnFirstStart } from './src/seed/onInit'
import { MAX_UPLOAD_BYTES } from './src/media/rules'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: siteUrl(),
  secret: resolvePayloadSecret(process.env),
  db: databaseAdapter(),
  editor: lexicalEditor({}),
  sharp,
  email: emailAdapter(process.env),
  jobs: jobsConfig,
  admin: {
    user: Users.slug,
    meta: {
      titleSuffix: ' · Commons AI admin',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
    },
    // The initials avatar drawn here: no outside image service (Gravatar), so it also works offline.
    avatar: 'default',
    dateFormat: 'd MMM yyyy, HH:mm',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: {
      // What needs attention, per role and edition, above Payload's collection cards.
      beforeDashboard: ['/editions/dashboard/EditorsDashboard#EditorsDashboard'],
      views: { programmeBoard: { Component: '/programme/board/admin/BoardView#BoardView', path: '/programme-board' } },
    },
  },
  collections: withTextHygiene(
    withStrictIds([
      Editions,
      Themes,
      Speakers,
      CommitteeMembers,
      Rooms,
      Sessions,
      ProgrammeReleases,
      Agendas,
      Perspectives,
      Proposals,
      Reviews,
      Media,
      Users,
      Locks,
      CacheInvalidations,
      RateLimitHits,
      SpeakerTokens,
      BackupRuns,
    ]),
  ),
  globals: globalsWithTextHygiene([SiteSettings]),
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  // CORS: no cross-origin caller unless listed (the site's URL and SERVER_ORIGINS). CSRF: the login
  // cookie is honoured only from those origins; production refuses to start without the site's URL.
  cors: allowedOrigins(process.env),
  csrf: csrfOrigins(process.env),
  // Stops an oversized upload while the request is read (413); src/media/checkUpload.ts covers the Local API.
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    responseOnLimit: 'The file is larger than the 10 MB limit: export it smaller (a 2000-pixel-wide WebP is plenty for the site).',
  },
  graphQL: { disablePlaygroundInProduction: true },
  // Our client errors (src/platform/http/errors.ts) are answers, not incidents: one info line, no stack.
  loggingLevels: { HttpError: 'info' } as never,
  // Generated on purpose only (npm run generate:types, on the SQLite default): the id type depends on
  // the adapter, and a dev start on MongoDB must not rewrite the committed types.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  onInit: seedOnFirstStart,
  // Refused saves keep each field's error, so the admin marks the fields (see the hook).
  hooks: { afterError: [keepFieldErrors] },
  plugins: [adminExperience()],
})
