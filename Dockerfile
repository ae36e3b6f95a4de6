# syntax=docker/dockerfile:1
#
# Commons Hub: production image of the Next.js + Payload app (Next's standalone output, served by our
# production server src/platform/server/main.ts bundled to plain JavaScript, as `npm start` does).
#   docker build -t commons-hub .
# Run it with docker-compose.yml (MongoDB + this app + the nginx microcache), which sets the runtime env:
# PAYLOAD_SECRET, DATABASE_URI, NEXT_PUBLIC_SERVER_URL, SMTP_*. No secret is baked into the image.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- base: shared settings --------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# ---- deps: install exactly what the lockfile says (dev dependencies included: the build needs them) ----
FROM base AS deps
COPY package.json package-lock.json .npmrc ./
RUN npm ci --prefer-offline --fetch-timeout=600000 --fetch-retries=5

# ---- build: next build (standalone output, see next.config.mjs) -------------------------------------
FROM base AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Pages render at request time, so the build needs no database. Payload's config is still resolved,
# so the build gets a throwaway secret (random unless BUILD_PAYLOAD_SECRET is passed) and a throwaway
# SQLite file, both set for this one command only: neither ends up in the final image.
# NEXT_PUBLIC_SERVER_URL is deliberately left unset here: Next inlines NEXT_PUBLIC_* values present at
# build time, and the server URL must come from the runtime environment.
# `public/` is created so that the runner's COPY works whether or not the project has one.
ARG BUILD_PAYLOAD_SECRET=""
RUN mkdir -p public \
 && secret="${BUILD_PAYLOAD_SECRET}" \
 && if [ -z "$secret" ]; then secret="$(node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("hex"))')"; fi \
 && NEXT_OUTPUT=standalone PAYLOAD_SECRET="$secret" DATABASE_URI=file:/tmp/build.db npx next build \
 && node scripts/ts.mjs --compile src/platform/server/main.ts \
 && rm -f /tmp/build.db /tmp/build.db-wal /tmp/build.db-shm

# ---- runner: the standalone server only, as a non-root user ----------------------------------------
FROM ${NODE_IMAGE} AS runner
WORKDIR /app

ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000

RUN groupadd --system --gid 1001 nodejs \
 && useradd --system --uid 1001 --gid nodejs --home-dir /app --no-create-home --shell /usr/sbin/nologin nextjs

# server.js, the traced node_modules (sharp and libsql native builds included), the server bundles
# (migrations included) and package.json ("type": "module", which server.js honours).
# The app writes its render cache under .next at run time, hence the ownership.
COPY --from=build --chown=nextjs:nodejs /app/.next/standalone ./
COPY --from=build --chown=nextjs:nodejs /app/.next/static ./.next/static
COPY --from=build --chown=nextjs:nodejs /app/public ./public
# The first-start seed reads these JSON files from disk (src/seed/data.ts); copied explicitly so the
# image does not depend on the file tracer picking them up.
COPY --from=build --chown=nextjs:nodejs /app/src/seed/data ./src/seed/data
# The production server (bundled by scripts/ts.mjs; packages come from the standalone node_modules):
# strips Next's runtime from public pages, adds their CSP, compresses.
COPY --from=build --chown=nextjs:nodejs /app/.build/src/platform/server/main.mjs ./server/main.mjs

# media, slides: uploads (volumes in docker-compose.yml); data: the SQLite file when DATABASE_URI is unset or
# file:; .mail: where messages are written when SMTP_HOST is unset (src/platform/email/).
# /srv/publish: the published pages (PUBLISH_DIR, a volume the proxy reads).
RUN mkdir -p /app/media /app/slides /app/data /app/.mail /srv/publish \
 && chown nextjs:nodejs /app /app/media /app/slides /app/data /app/.mail /srv/publish

USER nextjs

EXPOSE 3000

# No curl in slim images: Node's fetch. Any answer below 500 means the server is up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/',{redirect:'manual',signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.status<500?0:1),()=>process.exit(1))"]

# --conditions=production: see nodeFlags in scripts/bundle.mjs.
CMD ["node", "--conditions=production", "server/main.mjs"]
