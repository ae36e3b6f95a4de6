import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitJsonBody } from '../../../../platform/http/bodyLimit'

export const POST = limitJsonBody(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
