import fs from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { errorResponse } from '../platform/http/errors'

/**
 * An upload handler run before Payload serves a file from disk: a file that is not there is a 404 (the
 * address is wrong), not Payload's 500 "Something went wrong" with an error line in the log. Files
 * that exist, and names Payload refuses (outside the folder), go on to Payload unchanged.
 */
export function answerMissingFile(staticDir: string) {
  return (_req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response> =>
    // Payload's type asks for a Response; a handler that returns none lets Payload serve the file.
    missing(staticDir, params.filename) as Promise<Response>
}

async function missing(staticDir: string, filename: string): Promise<Response | undefined> {
  const folder = path.resolve(staticDir)
  const file = path.resolve(folder, filename)
  if (!file.startsWith(folder + path.sep)) return undefined
  try {
    await fs.stat(file)
    return undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return errorResponse(404, [{ message: 'There is no such file.' }])
    throw error
  }
}
