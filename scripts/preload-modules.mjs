// Loaded with `--import` before tsx by the TypeScript script launchers (archive-export.mjs, run-ts.mjs).
// On Node 20, tsx's module hooks now and then stop answering while a large ES module graph loads through
// them, and the process ends with exit code 13 before any of our code runs. Loading the two largest
// graphs (Payload, the Lexical editor) here, before the hooks exist, makes that rarer; the launchers
// still retry when it happens.
await import('payload')
await import('@payloadcms/richtext-lexical')
