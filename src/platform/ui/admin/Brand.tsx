import React from 'react'

/**
 * The conference's mark and name in the admin (login screen, side menu, browser tab) instead of
 * Payload's: the same mark as the site's icon (src/app/icon.svg), drawn inline so it needs no request.
 */
function Mark({ size }: { size: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 64 64" focusable="false">
      <rect width="64" height="64" rx="14" fill="#0f5c46" />
      <path d="M32 12a20 20 0 1 0 0 40z" fill="#fbfaf6" />
      <circle cx="32" cy="32" r="20" fill="none" stroke="#fbfaf6" strokeWidth="4" />
    </svg>
  )
}

/** Login and create-first-user screens. */
export function Logo() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      <Mark size={48} />
      <span style={{ fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.1 }}>
        Commons AI
        <span style={{ display: 'block', fontSize: '0.9rem', fontWeight: 400, opacity: 0.75 }}>Back office</span>
      </span>
    </span>
  )
}

/** The small mark in the header and the side menu. */
export function Icon() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center' }} title="Commons AI">
      <Mark size={28} />
    </span>
  )
}
