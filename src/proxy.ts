import { NextResponse, type NextRequest } from 'next/server'

import { keepsRuntime } from './platform/server/publicHtml'
import { runtimePageCsp } from './platform/server/securityHeaders.mjs'

/**
 * English pages live at the root and French ones under /fr, while the app renders both from
 * app/(frontend)/[locale]: root paths are rewritten to /en, and /en/… is redirected to its canonical root form.
 * URLs are built from request.url (the Host the visitor used): nextUrl may name another host
 * (e.g. localhost for 127.0.0.1), which would turn the rewrite into an external proxy.
 *
 * Public pages that keep Next's runtime (the proposal form) get a per-request nonce: Next reads it from
 * the request's Content-Security-Policy and puts it on its scripts; the same policy goes to the browser.
 * Other public pages lose their scripts in the production server, which sends a no-script policy.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    return NextResponse.redirect(new URL(`${pathname.slice(3) || '/'}${search}`, request.url), 308)
  }
  const policy = keepsRuntime(pathname) ? runtimePageCsp(btoa(crypto.randomUUID())) : null
  // Only pages that keep the runtime need their request headers rewritten (the nonce policy).
  const init = policy ? { request: { headers: withHeader(request.headers, 'content-security-policy', policy) } } : undefined
  const response =
    pathname === '/fr' || pathname.startsWith('/fr/')
      ? NextResponse.next(init)
      : NextResponse.rewrite(new URL(`/en${pathname === '/' ? '' : pathname}${search}`, request.url), init)
  if (policy) response.headers.set('Content-Security-Policy', policy)
  return response
}

function withHeader(headers: Headers, name: string, value: string): Headers {
  const copy = new Headers(headers)
  copy.set(name, value)
  return copy
}

export const config = {
  // Everything except the admin, the API, Next's assets and files with an extension (robots.txt, images…).
  matcher: ['/((?!admin|api|_next|.*\\..*).*)'],
}
