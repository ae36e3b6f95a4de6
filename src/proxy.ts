import { NextResponse, type NextRequest } from 'next/server'

/**
 * English pages live at the root and French ones under /fr, while the app renders both from
 * app/(frontend)/[locale]: root paths are rewritten to /en, and /en/… is redirected to its canonical root form.
 * URLs are built from request.url (the Host the visitor used): nextUrl may name another host
 * (e.g. localhost for 127.0.0.1), which would turn the rewrite into an external proxy.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    return NextResponse.redirect(new URL(`${pathname.slice(3) || '/'}${search}`, request.url), 308)
  }
  if (pathname === '/fr' || pathname.startsWith('/fr/')) return NextResponse.next()
  return NextResponse.rewrite(new URL(`/en${pathname === '/' ? '' : pathname}${search}`, request.url))
}

export const config = {
  // Everything except the admin, the API, Next's assets and files with an extension (robots.txt, images…).
  matcher: ['/((?!admin|api|_next|.*\\..*).*)'],
}
