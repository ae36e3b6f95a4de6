import type { Payload } from 'payload'

/**
 * Loads the env and opens Payload for a maintenance script (run as plain JavaScript by scripts/ts.mjs).
 * No first-start seed: a backup or restore target stays as it is.
 */
export async function openPayloadForScript(): Promise<Payload> {
  const { loadEnv } = await import('payload/node')
  loadEnv()
  process.env.SEED_ON_START = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return await getPayload({ config })
}
