'use client'

import { useNav } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/** Wide enough for the menu and a document side by side (the editors' 1,400 px screens). */
const WIDE = '(min-width: 1200px)'

/**
 * Payload closes the side menu on every screen narrower than 1,441 px, so an editor on a laptop first
 * meets an empty header. Rendered inside the menu, this opens it once per page load on wide screens,
 * after Payload's own start-up has run; the editor can still close it.
 */
export function OpenNavOnWideScreens() {
  const { hydrated, setNavOpen } = useNav()
  const done = useRef(false)
  useEffect(() => {
    if (!hydrated || done.current) return
    done.current = true
    if (window.matchMedia(WIDE).matches) setNavOpen(true)
  }, [hydrated, setNavOpen])
  return null
}
