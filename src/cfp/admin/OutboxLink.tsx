import Link from 'next/link'

/** Above the proposals list: the way to the Decisions outbox. */
export function OutboxLink() {
  return (
    <p style={{ margin: 'var(--base) 0 0' }}>
      <Link href="/admin/decisions-outbox">Decisions outbox: release decisions taken and send their emails</Link>
    </p>
  )
}
