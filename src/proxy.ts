import { NextResponse, type NextRequest } from 'next/server'

/**
 * English pages live at the root and French ones under /fr, while the app renders both from
 * app/(frontend)/[locale]: root paths are rewritten to /en, and /en/… is redirected to its canonical root form.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    const url = request.nextUrl.clone()
    url.pathname = pathname.slice(3) || '/'
    return NextResponse.redirect(url, 308)
  }
  if (pathname === '/fr' || pathname.startsWith('/fr/')) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/en${pathname === '/' ? '' : pathname}`
  url.search = search
  return NextResponse.rewrite(url)
}

export const config = {
  // Everything except the admin, the API, Next's assets and files with an extension (robots.txt, images…).
  matcher: ['/((?!admin|api|_next|.*\\..*).*)'],
}
