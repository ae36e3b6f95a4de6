import Link from 'next/link'

/** Above the Programme list: the way to the schedule board. */
export function BoardLink() {
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <Link href="/admin/programme-board">Open the schedule board (place and move sessions by day and room)</Link>
    </p>
  )
}
