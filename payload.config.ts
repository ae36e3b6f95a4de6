import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { CommitteeMembers } from './src/collections/CommitteeMembers'
import { Editions } from './src/collections/Editions'
import { Media } from './src/collections/Media'
import { Perspectives } from './src/collections/Perspectives'
import { Proposals } from './src/collections/Proposals'
import { Reviews } from './src/collections/Reviews'
import { Sessions } from './src/collections/Sessions'
import { Speakers } from './src/collections/Speakers'
import { Themes } from './src/collections/Themes'
import { Users } from './src/collections/Users'
import { Agendas } from './src/programme/agenda/Agendas'
import { ProgrammeReleases } from './src/programme/releases/ProgrammeReleases'
import { Rooms } from './src/programme/rooms/Rooms'
import { databaseAdapter } from './src/db/databaseAdapter'
import { SiteSettings } from './src/globals/SiteSettings'
import { jobsConfig } from './src/platform/jobs/config'
import { emailAdapter } from './src/platform/email'
import { allowedOrigins, csrfOrigins } from './src/lib/origins'
import { resolvePayloadSecret } from './src/lib/secret'
import { siteUrl } from './src/lib/siteUrl'
import { seedOnFirstStart } from './src/seed/onInit'
import { MAX_UPLOAD_BYTES } from './src/uploads/rules'

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
    meta: { titleSuffix: ' · Commons Hub' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: { views: { programmeBoard: { Component: '/programme/board/admin/BoardView#BoardView', path: '/programme-board' } } },
  },
  collections: [Editions, Themes, Speakers, CommitteeMembers, Rooms, Sessions, ProgrammeReleases, Agendas, Perspectives, Proposals, Reviews, Media, Users],
  globals: [SiteSettings],
  localization: {
    locales: [
      { label: 'English', code: 'en' },
      { label: 'Français', code: 'fr' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  // CORS: no cross-origin caller unless listed (the site's URL and SERVER_ORIGINS). CSRF: the login
  // cookie is honoured only from those origins; production refuses to start without the site's URL.
  cors: allowedOrigins(process.env),
  csrf: csrfOrigins(process.env),
  // Stops an oversized upload while the request is read (413); src/uploads/checkUpload.ts covers the Local API.
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    responseOnLimit: 'The file is larger than the 10 MB limit: export it smaller (a 2000-pixel-wide WebP is plenty for the site).',
  },
  graphQL: { disablePlaygroundInProduction: true },
  // Generated on purpose only (npm run generate:types, on the SQLite default): the id type depends on
  // the adapter, and a dev start on MongoDB must not rewrite the committed types.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  onInit: seedOnFirstStart,
})
