import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { limitJsonBody } from '../../../../platform/http/bodyLimit'

export const GET = REST_GET(config)
// JSON bodies stop at 1 MB (413); uploads keep Payload's own limit.
export const POST = limitJsonBody(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = limitJsonBody(REST_PATCH(config))
export const PUT = limitJsonBody(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
