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
import { Themes } from './src/editions/Themes'
import { Users } from './src/users/Users'
import { Locks } from './src/platform/locks/Locks'
import { databaseAdapter } from './src/platform/db/databaseAdapter'
import { SiteSettings } from './src/editions/SiteSettings'
import { emailAdapter } from './src/platform/email/adapter'
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
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Commons Hub' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
  },
  collections: [Editions, Themes, Speakers, CommitteeMembers, Sessions, Perspectives, Proposals, Reviews, Media, Users, Locks],
  globals: [SiteSettings],
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
  // Generated on purpose only (npm run generate:types, on the SQLite default): the id type depends on
  // the adapter, and a dev start on MongoDB must not rewrite the committed types.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  onInit: seedOnFirstStart,
})
