import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitJsonBody } from '../../../../platform/http/bodyLimit'
import { graphqlClientErrors } from '../../../../platform/http/graphqlErrors'
import { varyOnOrigin } from '../../../../platform/http/vary'

export const POST = varyOnOrigin(limitJsonBody(graphqlClientErrors(GRAPHQL_POST(config))))
export const OPTIONS = varyOnOrigin(REST_OPTIONS(config))
