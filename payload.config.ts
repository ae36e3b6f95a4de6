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
import { Slides } from './src/programme/after/Slides'
import { SLIDES_MAX_BYTES } from './src/programme/after/slidesFile'
import { databaseAdapter } from './src/platform/db/databaseAdapter'
import { CacheInvalidations } from './src/platform/cache/invalidations'
import { SiteSettings } from './src/editions/SiteSettings'
import { keepFieldErrors } from './src/platform/http/keepFieldErrors'
import { adminExperience } from './src/platform/ui/admin/adminExperience'
import { adminLanguages } from './src/platform/ui/admin/adminLanguages'
import { globalsWithTextHygiene, withTextHygiene } from './src/platform/fields/textHygiene'
import { withStrictIds } from './src/platform/http/strictIds'
import { withDraftGuard } from './src/platform/drafts/guard'
import { withWhereGuard } from './src/platform/http/whereGuard'
import { jobsConfig } from './src/platform/jobs/config'
import { RateLimitHits } from './src/platform/rateLimit/collection'
import { FormStates } from './src/platform/formState/collection'
import { emailAdapter } from './src/platform/email'
import { allowedOrigins, csrfOrigins } from './src/platform/env/origins'
import { resolvePayloadSecret } from './src/platform/env/secret'
import { siteUrl } from './src/platform/env/siteUrl'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from './src/platform/i18n'
import { seedOnFirstStart } from './src/seed/onInit'

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
      views: {
        programmeBoard: { Component: '/programme/board/admin/BoardView#BoardView', path: '/programme-board' },
        decisionsOutbox: { Component: '/cfp/admin/DecisionsOutboxView#DecisionsOutboxView', path: '/decisions-outbox' },
      },
    },
  },
  collections: withTextHygiene(
    withWhereGuard(
      withStrictIds(
        withDraftGuard([
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
          Slides,
          Users,
          Locks,
          CacheInvalidations,
          RateLimitHits,
          FormStates,
          SpeakerTokens,
          BackupRuns,
        ]),
      ),
    ),
  ),
  globals: globalsWithTextHygiene([SiteSettings]),
  i18n: adminLanguages,
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  // CORS: no cross-origin caller unless listed (the site's URL and SERVER_ORIGINS). CSRF: the login
  // cookie is honoured only from those origins; production refuses to start without the site's URL.
  cors: allowedOrigins(process.env),
  csrf: csrfOrigins(process.env),
  // Stops an oversized upload while the request is read (413): the largest any collection takes (slides,
  // 20 MB). Each collection's own check then applies its limit (images 10 MB: src/media/checkUpload.ts,
  // slides: src/programme/after/checkSlidesUpload.ts), also through the Local API.
  upload: {
    limits: { fileSize: SLIDES_MAX_BYTES },
    responseOnLimit: 'The file is larger than the 20 MB upload limit (images: 10 MB, slides: 20 MB).',
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
