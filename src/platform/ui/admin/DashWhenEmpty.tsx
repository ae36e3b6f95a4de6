'use client'

import React from 'react'

/** A list cell that shows "—" for no value, instead of Payload's "<No Average score>". */
export function DashWhenEmpty({ cellData }: { cellData?: unknown }) {
  const empty = cellData === null || cellData === undefined || cellData === ''
  return <span>{empty ? '—' : String(cellData)}</span>
}
