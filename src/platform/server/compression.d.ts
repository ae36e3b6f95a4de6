// Next's vendored copy of the `compression` middleware (the production server compresses after
// rewriting public pages, see main.ts); it ships without types.
declare module 'next/dist/compiled/compression/index.js' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export default function compression(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void
}
