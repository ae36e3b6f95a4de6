/**
 * Public pages are plain documents: links, no client-side interaction except where a page needs it.
 * Next's App Router still sends its runtime (React, the router, the RSC payload as inline scripts:
 * ~175 KB gzip on `/`) with every page. The production server (src/platform/server/main.ts) removes it from
 * public HTML, so readers download only the HTML and CSS, and the page's Content-Security-Policy can
 * forbid every script. Pages that need React in the browser keep it (see `keepsRuntime`).
 */

/** Paths served untouched: the admin and API, Next's assets, and pages whose form is enhanced by React. */
const RUNTIME_PATHS = [/^\/admin(\/|$)/, /^\/api(\/|$)/, /^\/_next\//, /\/propose(\/|$)/]

/** Whether the page at `pathname` keeps Next's client runtime. */
export function keepsRuntime(pathname: string): boolean {
  return RUNTIME_PATHS.some((pattern) => pattern.test(pathname))
}

/** The parts of an incoming request these rules read. */
export type PageRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }

/** Whether the response to `req` may be a public page to strip. */
export function isStrippableRequest(req: PageRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  // Next's client router fetches RSC payloads with these; they are not documents.
  if (req.headers['rsc'] || req.headers['next-router-prefetch'] || req.headers['next-action']) return false
  const pathname = (req.url ?? '/').split('?')[0] ?? '/'
  return !keepsRuntime(pathname)
}

// Documents whose visible content is put in place by scripts: a streamed Suspense boundary, and the
// shell Next sends when a page calls notFound() while rendering (its body is empty; the 404 content is
// in the inline payload). They are served as Next made them.
const NEEDS_SCRIPTS = /<template id="B:|\$RC\(|<div hidden id="S:|<html[^>]*\bid="__next_error__"/

const SCRIPT_ELEMENT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi
const DATA_BLOCK_TYPE = /\btype\s*=\s*"application\/(?:ld\+)?json"/i

/**
 * Removes executable scripts and script preloads from an HTML document; keeps data blocks (JSON-LD).
 * Next escapes `</script` inside its inline payloads, so the first closing tag ends each element.
 * `stripped` is false when the page needs its scripts.
 */
export function stripClientRuntime(html: string): { html: string; stripped: boolean } {
  if (NEEDS_SCRIPTS.test(html)) return { html, stripped: false }
  const withoutScripts = html.replace(SCRIPT_ELEMENT, (element, attributes: string) => (DATA_BLOCK_TYPE.test(attributes) ? element : ''))
  return { html: withoutScripts.replace(SCRIPT_PRELOAD, ''), stripped: true }
}

const IFRAME_SRC = /<iframe\b[^>]*?\ssrc="([^"]*)"/gi

/**
 * The https origins the page's iframes load from (sorted, each once), for its `frame-src`. Only our
 * recording component writes iframes, from its allow-list; anything that is not a plain https URL is
 * left out, so the browser refuses to frame it.
 */
export function frameOrigins(html: string): string[] {
  const origins = new Set<string>()
  for (const match of html.matchAll(IFRAME_SRC)) {
    try {
      const url = new URL(match[1]!.replace(/&amp;/g, '&'))
      if (url.protocol === 'https:' && !url.username && !url.password) origins.add(url.origin)
    } catch {
      // Not a URL: nothing to allow.
    }
  }
  return [...origins].sort()
}

/**
 * The key under which a public page may be kept in the production server's microcache, or null when
 * the answer may differ for this visitor: an editor's draft preview (Next's draft-mode cookie), the
 * speaker space.
 * Public pages are the same for everyone else, logged in or not.
 */
export function microcacheKey(req: PageRequest): string | null {
  if (!isStrippableRequest(req)) return null
  const cookies = String(req.headers.cookie ?? '')
  if (/(?:^|;\s*)__prerender_bypass=/.test(cookies)) return null
  // The speaker space is personal (and a speaker's cookie may change what a page shows).
  if (/(?:^|;\s*)speaker_session=/.test(cookies)) return null
  if (PERSONAL_PATH.test((req.url ?? '/').split('?')[0] ?? '/')) return null
  return req.url ?? '/'
}

/** The speaker space, en and fr. */
const PERSONAL_PATH = /^(?:\/fr)?\/speaker(?:\/|$)/
