import type { Payload } from 'payload'

/** Exit code scripts/run-ts.mjs retries on: loading got stuck before anything was done. */
export const LOAD_STUCK_EXIT = 75
const LOAD_TIMEOUT_MS = 90_000

/**
 * Loads the env and opens Payload for a maintenance script, with a watchdog on the loading
 * itself (see scripts/run-ts.mjs). No first-start seed: a backup or restore target stays as it is.
 */
export async function openPayloadForScript(): Promise<Payload> {
  const watchdog = setTimeout(() => {
    console.error(`Loading the app's modules took more than ${LOAD_TIMEOUT_MS / 1000} s; giving up before touching the database`)
    process.exit(LOAD_STUCK_EXIT)
  }, LOAD_TIMEOUT_MS)
  try {
    const { loadEnv } = await import('payload/node')
    loadEnv()
    process.env.SEED_ON_START = 'false'
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    return await getPayload({ config })
  } finally {
    clearTimeout(watchdog)
  }
}
