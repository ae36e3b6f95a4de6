// @ts-check
/**
 * Makes the project's TypeScript entry points (scripts, bench scripts, the browser-test runner, the
 * production server) runnable as plain JavaScript; scripts/ts.mjs is the command line. esbuild bundles
 * our own code into `.build/` (git ignored; packages stay external, imported from node_modules as
 * usual), then plain `node` runs it: no TypeScript loader at run time, and no retry loop (see nodeFlags
 * for the Node 20 stall it avoids).
 *
 * This file and scripts/ts.mjs stay JavaScript (they are what makes TypeScript runnable); both are
 * type-checked by `npm run typecheck` all the same.
 */
import fs from 'node:fs'
import path from 'node:path'

import { build } from 'esbuild'

const OUT_ROOT = '.build'

/**
 * Node's ESM loader needs file extensions in deep imports of packages without an `exports` map
 * (`next/cache`, `next/server`…), which bundlers and tsx add silently: add them here.
 * @type {import('esbuild').Plugin}
 */
const deepImportExtensions = {
  name: 'deep-import-extensions',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(?:@[^/]+\/)?[^@./][^/]*\/./ }, (args) => {
      if (args.path.startsWith('@/')) return undefined
      const parts = args.path.split('/')
      const name = parts.slice(0, args.path.startsWith('@') ? 2 : 1).join('/')
      const subpath = args.path.slice(name.length + 1)
      const root = packageRoot(name, args.resolveDir)
      if (!root || JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).exports) return undefined
      // A name like `work-async-storage.external` has a dot but is no file: only an existing file stays as written.
      if (fs.existsSync(path.join(root, subpath)) && fs.statSync(path.join(root, subpath)).isFile()) return undefined
      for (const suffix of ['.js', '/index.js']) {
        if (fs.existsSync(path.join(root, subpath + suffix))) return { path: args.path + suffix, external: true }
      }
      return undefined
    })
  },
}

/**
 * @param {string} name a package name
 * @param {string} from the importing file's folder
 * @returns {string | undefined} the package's folder, found as Node finds it (node_modules upwards)
 */
function packageRoot(name, from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate
    if (path.dirname(dir) === dir) return undefined
  }
}

/**
 * Node flags for running a bundle. On Node 20, loading @payloadcms/richtext-lexical under Node's
 * default conditions never finishes now and then (exit 13, "unsettled top-level await", no output):
 * the `node` export of `lexical` and `@lexical/*` picks its dev or prod build with a top-level
 * `await import()`, and a dozen such modules in one graph trip a Node 20 bug in evaluating async
 * modules (tsx's loader made it intermittent; plain node fails nearly every time on a busy machine).
 * Naming the build's condition selects that build directly, with no top-level await.
 * @param {NodeJS.ProcessEnv} env the environment the bundle will run with
 * @returns {string[]}
 */
export function nodeFlags(env = process.env) {
  return [`--conditions=${env.NODE_ENV === 'production' ? 'production' : 'development'}`]
}

/**
 * Bundles `entry` (a path relative to the repository root, which must be the working directory) into
 * `.build/<entry without extension>.mjs` and returns that path; run it with `node ...nodeFlags() <path>`.
 * Written beside its target then renamed, so processes compiling the same entry at once never run a
 * half-written file.
 * @param {string} entry
 * @returns {Promise<string>}
 */
export async function compileTs(entry) {
  const relative = path.relative(process.cwd(), path.resolve(entry))
  if (relative.startsWith('..')) throw new Error(`${entry} is outside the repository (run from its root)`)
  const outfile = path.join(OUT_ROOT, relative.replace(/\.[cm]?[jt]sx?$/, '') + '.mjs')
  const result = await build({
    entryPoints: [relative],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they do for Next; tsconfig's `@/…` and `@payload-config`
    // aliases are resolved by esbuild and bundled.
    packages: 'external',
    tsconfig: 'tsconfig.json',
    plugins: [deepImportExtensions],
    outfile,
    write: false,
    logLevel: 'warning',
    // Function and class names stay as written, for readable stack traces.
    keepNames: true,
    legalComments: 'none',
  })
  fs.mkdirSync(path.dirname(outfile), { recursive: true })
  for (const file of result.outputFiles) {
    const partial = `${file.path}.${process.pid}.partial`
    fs.writeFileSync(partial, file.contents)
    fs.renameSync(partial, file.path)
  }
  return outfile
}
