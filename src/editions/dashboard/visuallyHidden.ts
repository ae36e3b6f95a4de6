import type React from 'react'

/** Read by screen readers, not shown: the dashboard's tables behind its charts (the charts are hidden from them). */
export const VISUALLY_HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
}
