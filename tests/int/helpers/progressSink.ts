import { Writable } from 'node:stream'

/** A stream to hand to createProgress: a terminal (isTTY) or not (CI, logs); `text` is what was written. */
export function progressSink(isTTY: boolean) {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk))
      done()
    },
  }) as Writable & { isTTY?: boolean; columns?: number }
  stream.isTTY = isTTY
  stream.columns = 100
  return { stream, text: () => chunks.join('') }
}
