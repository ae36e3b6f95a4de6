import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { limitJsonBody } from '../../../../platform/http/bodyLimit'
import { varyOnOrigin } from '../../../../platform/http/vary'

// Every answer varies by Origin (CORS); JSON bodies stop at 1 MB (413); uploads keep Payload's own limit.
export const GET = varyOnOrigin(REST_GET(config))
export const POST = varyOnOrigin(limitJsonBody(REST_POST(config)))
export const DELETE = varyOnOrigin(REST_DELETE(config))
export const PATCH = varyOnOrigin(limitJsonBody(REST_PATCH(config)))
export const PUT = varyOnOrigin(limitJsonBody(REST_PUT(config)))
export const OPTIONS = varyOnOrigin(REST_OPTIONS(config))
