// Tests start from an empty database and seed explicitly when they need content.
process.env.SEED_ON_START = 'false'
process.env.PAYLOAD_LOG_LEVEL = process.env.PAYLOAD_LOG_LEVEL || 'warn'
// Next's server puts AsyncLocalStorage on globalThis before loading its request stores
// (next/dist/server/node-environment); without it they are fakes that cannot run a request.
globalThis.AsyncLocalStorage = globalThis.AsyncLocalStorage || require('node:async_hooks').AsyncLocalStorage
