import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Local API for server components and route handlers (no HTTP hop). */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}
