// `DATABASE_URI=mongodb://host:27017/?replicaSet=rs0 npm run test:mongo [-- <jest args>]`: the same jest
// suite as `npm test`, against a MongoDB server. Each test file gets a fresh database on that server
// (tests/int/helpers/testPayload.ts) and drops it afterwards. The server must be a replica set (even of
// one node, as in docker-compose.yml) because backup/restore and Payload use transactions.
import { spawnSync } from 'node:child_process'

const uri = (process.env.DATABASE_URI ?? '').trim()
if (!/^mongodb(\+srv)?:\/\//.test(uri)) {
  console.error(
    [
      'test:mongo needs a MongoDB server: set DATABASE_URI=mongodb://… (a replica set, e.g. docker compose up -d mongo,',
      'then DATABASE_URI="mongodb://localhost:27017/?replicaSet=rs0&directConnection=true" npm run test:mongo).',
      uri === '' ? 'DATABASE_URI is not set.' : 'DATABASE_URI does not start with mongodb:// or mongodb+srv://.',
    ].join('\n'),
  )
  process.exit(2)
}
// Without a replica set Payload's adapter silently runs without transactions: the run would not test
// what production does (and restore, archive and the accept lock rely on them).
if (!/[?&]replicaSet=/.test(uri) && !uri.startsWith('mongodb+srv://')) {
  console.error(
    'test:mongo needs a replica set: add ?replicaSet=<name> to DATABASE_URI (e.g. mongodb://localhost:27017/?replicaSet=rs0&directConnection=true).',
  )
  process.exit(2)
}
const result = spawnSync('npm', ['test', '--', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URI: uri },
})
process.exit(result.status ?? 1)
