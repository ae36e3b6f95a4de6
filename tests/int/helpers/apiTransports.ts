/**
 * REST and GraphQL as transports of the access matrix, without a server: the same Next route handlers
 * that `src/app/(payload)/api/[...slug]/route.ts` and `api/graphql/route.ts` export, called with a
 * `Request` the way Next calls them. A role logs in once (the factories' `token`) and sends its token as
 * `Authorization: JWT …`, the header the admin's REST calls and API clients use.
 */
import { Forbidden, formatNames, NotFound, type CollectionSlug, type FlattenedField, type Payload } from 'payload'

import { accountOf, ROLES, type Doc, type Id, type RoleName, type Transport } from './accessMatrix'
import { factories } from './factories'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Call = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string[]; query?: string; body?: unknown; role: RoleName }

const ORIGIN = 'http://localhost:3000'

export type ApiClients = {
  rest: Transport
  graphql: Transport
  /** One raw REST call as a role: status and body text (for the leak sweep). */
  restRaw: (
    role: RoleName,
    path: string[],
    query?: string,
    method?: Call['method'],
    body?: unknown,
  ) => Promise<{ status: number; text: string }>
  /** One raw GraphQL query as a role: status and body text. */
  graphqlRaw: (role: RoleName, query: string, variables?: Record<string, unknown>) => Promise<{ status: number; text: string }>
}

/** Logs every fixture account in and builds the REST and GraphQL transports (after setUpAccessFixtures). */
export async function apiClients(payload: Payload): Promise<ApiClients> {
  // Imported here, not at the top: the config picks its database from DATABASE_URI when it is imported.
  const { default: config } = await import('@payload-config')
  const routes = await import('@payloadcms/next/routes')
  const handlers: Record<Call['method'], Handler> = {
    GET: routes.REST_GET(config) as Handler,
    POST: routes.REST_POST(config) as Handler,
    PATCH: routes.REST_PATCH(config) as Handler,
    DELETE: routes.REST_DELETE(config) as Handler,
  }
  const graphqlHandler = routes.GRAPHQL_POST(config) as (request: Request) => Promise<Response>

  const { token } = factories(payload)
  const tokens = new Map<RoleName, string>()
  for (const role of ROLES) {
    const account = accountOf(role)
    if (account) tokens.set(role, await token(account))
  }
  const headersFor = (role: RoleName, json: boolean) => {
    const headers = new Headers()
    const token = tokens.get(role)
    if (token) headers.set('authorization', `JWT ${token}`)
    if (json) headers.set('content-type', 'application/json')
    return headers
  }

  async function restRaw(role: RoleName, path: string[], query = '', method: Call['method'] = 'GET', body?: unknown) {
    const url = `${ORIGIN}/api/${path.map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`
    const request = new Request(url, {
      method,
      headers: headersFor(role, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await handlers[method](request, { params: Promise.resolve({ slug: path }) })
    return { status: response.status, text: await response.text() }
  }

  /** A REST call whose refusals become Payload's errors, as the Local API throws them. */
  async function rest({ method, path, query, body, role }: Call): Promise<Record<string, unknown>> {
    const { status, text } = await restRaw(role, path, query, method, body)
    if (status === 403) throw new Forbidden()
    if (status === 404) throw new NotFound()
    if (status < 200 || status >= 300) throw new Error(`${method} /api/${path.join('/')}?${query ?? ''} as ${role}: ${status} ${text}`)
    return JSON.parse(text) as Record<string, unknown>
  }

  const whereId = (id: Id) => `where[id][equals]=${encodeURIComponent(String(id))}`
  const draftParam = (draft: boolean) => (draft ? '&draft=true' : '')

  const restTransport: Transport = {
    name: 'REST',
    find: async ({ collection, id, draft, role }) =>
      (await rest({ method: 'GET', path: [collection], query: `${whereId(id)}&depth=0&limit=100${draftParam(draft)}`, role }))
        .docs as Doc[],
    findByID: async ({ collection, id, draft, role }) =>
      (await rest({ method: 'GET', path: [collection, String(id)], query: `depth=0${draftParam(draft)}`, role })) as Doc,
    findVersions: async ({ collection, id, role }) =>
      (
        await rest({
          method: 'GET',
          path: [collection, 'versions'],
          query: `where[parent][equals]=${encodeURIComponent(String(id))}&depth=0`,
          role,
        })
      ).docs as Doc[],
    count: async ({ collection, id, role }) =>
      (await rest({ method: 'GET', path: [collection, 'count'], query: whereId(id), role })).totalDocs as number,
    create: async ({ collection, data, draft, role }) =>
      (await rest({ method: 'POST', path: [collection], query: `depth=0${draftParam(draft)}`, body: data, role })).doc as Doc,
    update: async ({ collection, id, data, draft, role }) =>
      (await rest({ method: 'PATCH', path: [collection, String(id)], query: `depth=0${draftParam(draft)}`, body: data, role })).doc as Doc,
    delete: ({ collection, id, role }) => rest({ method: 'DELETE', path: [collection, String(id)], role }),
    findGlobal: async (role) => (await rest({ method: 'GET', path: ['globals', 'site-settings'], query: 'depth=0', role })) as Doc,
    updateGlobal: (data, role) => rest({ method: 'POST', path: ['globals', 'site-settings'], body: data, role }),
  }

  async function graphqlRaw(role: RoleName, query: string, variables?: Record<string, unknown>) {
    const request = new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: headersFor(role, true),
      body: JSON.stringify({ query, variables }),
    })
    const response = await graphqlHandler(request)
    return { status: response.status, text: await response.text() }
  }

  /** A GraphQL operation whose refusals become Payload's errors (their name is in `extensions.name`). */
  async function graphql(role: RoleName, query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>> {
    const { status, text } = await graphqlRaw(role, query, variables)
    const body = JSON.parse(text) as {
      data?: Record<string, unknown>
      errors?: Array<{ message: string; extensions?: { name?: string; statusCode?: number } }>
    }
    const error = body.errors?.[0]
    // Payload's own refusal, or one of ours with its message (e.g. an archived edition's), both 403.
    if (error?.extensions?.name === 'Forbidden' || error?.extensions?.statusCode === 403) throw new Forbidden()
    if (error?.extensions?.name === 'NotFound') throw new NotFound()
    if (error || status !== 200) throw new Error(`GraphQL as ${role}: ${status} ${text}\n${query}`)
    return body.data ?? {}
  }

  // Payload names the GraphQL fields after the slug ('committee-members' → CommitteeMember/CommitteeMembers,
  // 'media' → Media/allMedia).
  const names = (collection: CollectionSlug) => {
    const { singular, plural } = formatNames(collection)
    return { one: singular, many: singular === plural ? `all${singular}` : plural }
  }
  const literal = (id: Id) => JSON.stringify(id)
  const storedDoc = async (collection: CollectionSlug, id: Id) =>
    (await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as Record<
      string,
      unknown
    > | null
  const fieldsOf = (collection: CollectionSlug) => payload.collections[collection].config.flattenedFields
  const globalFields = () => payload.globals.config.find((global) => global.slug === 'site-settings')!.flattenedFields
  const draftArg = (draft: boolean) => (draft ? ', draft: true' : '')

  const graphqlTransport: Transport = {
    name: 'GraphQL',
    find: async ({ collection, id, draft, role }) => {
      const { many } = names(collection)
      const data = await graphql(
        role,
        `{ ${many}(where: { id: { equals: ${literal(id)} } }, limit: 100${draftArg(draft)}) { docs { id } } }`,
      )
      return (data[many] as { docs: Doc[] }).docs
    },
    findByID: async ({ collection, id, draft, role }) => {
      const { one } = names(collection)
      const data = await graphql(role, `{ ${one}(id: ${literal(id)}${draftArg(draft)}) { id } }`)
      if (!data[one]) throw new NotFound()
      return data[one] as Doc
    },
    findVersions: async ({ collection, id, role }) => {
      const field = `versions${names(collection).many}`
      const data = await graphql(role, `{ ${field}(where: { parent: { equals: ${literal(id)} } }) { docs { id } } }`)
      return (data[field] as { docs: Doc[] }).docs
    },
    count: async ({ collection, id, role }) => {
      const field = `count${names(collection).many}`
      const data = await graphql(role, `{ ${field}(where: { id: { equals: ${literal(id)} } }) { totalDocs } }`)
      return (data[field] as { totalDocs: number }).totalDocs
    },
    create: async ({ collection, data, draft, role }) => {
      const { one } = names(collection)
      const input = graphqlInput(fieldsOf(collection), data, requiredInput(fieldsOf(collection), undefined))
      // A slug is filled in by a hook from the title, but GraphQL's input type requires it: send the same.
      if (
        fieldsOf(collection).some((field) => field.name === 'slug' && 'required' in field && field.required) &&
        input.slug === undefined
      ) {
        input.slug = String(input.title ?? input.name)
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
      }
      const result = await graphql(role, `mutation ($data: mutation${one}Input!) { create${one}(data: $data${draftArg(draft)}) { id } }`, {
        data: input,
      })
      return result[`create${one}`] as Doc
    },
    update: async ({ collection, id, data, draft, role }) => {
      const { one } = names(collection)
      const result = await graphql(
        role,
        `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${literal(id)}, data: $data${draftArg(draft)}) { id } }`,
        { data: graphqlInput(fieldsOf(collection), data, requiredInput(fieldsOf(collection), await storedDoc(collection, id))) },
      )
      return result[`update${one}`] as Doc
    },
    delete: ({ collection, id, role }) => {
      const { one } = names(collection)
      return graphql(role, `mutation { delete${one}(id: ${literal(id)}) { id } }`)
    },
    findGlobal: async (role) => (await graphql(role, '{ SiteSetting { siteName } }')).SiteSetting as Doc,
    // The global's input type requires its required fields: send them with their stored values, as the
    // admin's form does (it always sends the whole document).
    updateGlobal: async (data, role) => {
      const stored = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })) as unknown as Record<
        string,
        unknown
      >
      const input = graphqlInput(globalFields(), data, requiredInput(globalFields(), stored))
      return graphql(role, 'mutation ($data: mutationSiteSettingInput!) { updateSiteSetting(data: $data) { siteName } }', { data: input })
    },
  }

  return { rest: restTransport, graphql: graphqlTransport, restRaw, graphqlRaw }
}

/**
 * GraphQL input differs from REST's JSON in two ways: a select's values are enum names (Payload's
 * formatName: 'framing-talk' → framing_talk) and a required field with a default must still be sent.
 */
function graphqlInput(fields: FlattenedField[], data: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...defaults, ...data }
  for (const field of fields) {
    const value = input[field.name]
    if (value === undefined || value === null) continue
    if (field.type === 'select' || field.type === 'radio') {
      input[field.name] = Array.isArray(value) ? value.map(enumName) : enumName(value)
    } else if (field.type === 'group' && typeof value === 'object') {
      input[field.name] = graphqlInput(field.flattenedFields, value as Record<string, unknown>, {})
    }
  }
  return input
}

/**
 * What GraphQL's input types demand beyond the case's data: required fields (and groups holding one) are
 * non-null there even when the database has a default. From the stored document for an update, as the
 * admin's form sends the whole document; from the fields' defaults for a create.
 */
function requiredInput(fields: FlattenedField[], stored: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  for (const field of fields) {
    if (field.type === 'group') {
      if (!holdsRequired(field.flattenedFields)) continue
      const inner = stored ? (stored[field.name] as Record<string, unknown> | undefined) : undefined
      input[field.name] = stored ? { ...inner } : requiredInput(field.flattenedFields, undefined)
    } else if ('required' in field && field.required) {
      const fallback = (field as { defaultValue?: unknown }).defaultValue
      const value = stored ? stored[field.name] : typeof fallback === 'function' ? undefined : fallback
      if (value !== undefined && value !== null) input[field.name] = value
    }
  }
  return input
}

function holdsRequired(fields: FlattenedField[]): boolean {
  return fields.some((field) =>
    field.type === 'group' ? holdsRequired(field.flattenedFields) : 'required' in field && field.required === true,
  )
}

/** Payload's GraphQL enum name for a select value (the rules of @payloadcms/graphql formatName). */
function enumName(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const name = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.\-/+,()'[\]]/g, '_')
    .replace(/ /g, '')
  return /^[0-9]/.test(name) ? `_${name}` : name || '_'
}
