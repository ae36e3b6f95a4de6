// @ts-check
/**
 * Loaded into every browser-test process by tests/e2e/run.ts (`--import`): each test and hook made with
 * node:test's `it`/`test`/`before`/`after`/`beforeEach`/`afterEach` gets a timeout of
 * E2E_TEST_TIMEOUT_MS unless it sets its own, so a hang fails that test in minutes. (Node 20's
 * `--test-timeout` limits each file as a whole, not each test.) The named exports of the built-in
 * module are replaced before the test files import them (module.syncBuiltinESMExports).
 */
import { createRequire, syncBuiltinESMExports } from 'node:module'

const timeout = Number(process.env.E2E_TEST_TIMEOUT_MS)
if (Number.isFinite(timeout) && timeout > 0) {
  const require = createRequire(import.meta.url)
  /** @type {Record<string, any>} */
  const nodeTest = require('node:test')

  /** @param {(...args: unknown[]) => unknown} original */
  const forTests = (original) => {
    /** @param {unknown[]} args `[name][, options][, fn]` as node:test takes them */
    const wrapped = (...args) => {
      const options = args.findIndex((arg) => arg !== null && typeof arg === 'object')
      if (options !== -1) args[options] = { timeout, .../** @type {object} */ (args[options]) }
      else {
        const fn = args.findIndex((arg) => typeof arg === 'function')
        args.splice(fn === -1 ? args.length : fn, 0, { timeout })
      }
      return original(...args)
    }
    // it.skip, it.only, it.todo stay as they are.
    return Object.assign(wrapped, original)
  }
  /** @param {(fn: unknown, options?: object) => unknown} original */
  const forHooks =
    (original) =>
    (/** @type {unknown} */ fn, /** @type {object} */ options = {}) =>
      original(fn, { timeout, ...options })

  for (const name of ['it', 'test']) nodeTest[name] = forTests(nodeTest[name])
  for (const name of ['before', 'after', 'beforeEach', 'afterEach']) nodeTest[name] = forHooks(nodeTest[name])
  syncBuiltinESMExports()
}
