import {resolve} from 'node:path'
import type {Plugin} from 'esbuild'
import {defineConfig} from 'tsup'

// Source modules that are entries of their own: another entry that imports
// one gets an import of the built file instead of a copy of its code, so the
// whole package loads one copy of the cleaner (one set of error classes, one
// profile cache) whichever entry a user starts from.
const ENTRIES: Record<string, string> = {
  [resolve('src/index.ts')]: 'index',
  [resolve('src/batch/index.ts')]: 'batch'
}

function importEntriesAsBuilt(): Plugin {
  return {
    name: 'import-entries-as-built',
    setup(build) {
      build.onResolve({filter: /^\.\.?\//}, (args) => {
        const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'))
        const entry = ENTRIES[target]
        if (entry === undefined || args.kind === 'entry-point') return undefined
        return {path: `./${entry}.js`, external: true}
      })
    }
  }
}

// ES modules only, like the unified packages, with every dependency left
// external (tsup's default for `dependencies`): npm installs each dependency
// once for the whole app, and bundlers dedupe them. CommonJS users
// `require()` these files: Node 20.19 and later load ES modules from
// `require` (test/package.test.ts checks it from a CommonJS consumer).
//
// The root entry and the unified plugin (`article-cleaner/rehype`) build for
// a neutral platform (no Node built-in: browsers, Deno, Bun, edge workers).
// The Node entries (`article-cleaner/batch`, the CLI, the worker that
// piscina starts) import the root entry's built file.
export default defineConfig([
  {
    entry: {index: 'src/index.ts', rehype: 'src/rehype.ts'},
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    // The stop-word lists are a JSON dependency: keep its `with {type: 'json'}`
    // (esbuild drops import attributes for an ES2022 target otherwise).
    esbuildOptions(options) {
      options.supported = {...options.supported, 'import-attributes': true}
    }
  },
  {
    entry: {batch: 'src/batch/index.ts', 'clean-worker': 'src/batch/clean-worker.ts', cli: 'src/cli/cli.ts'},
    format: ['esm'],
    dts: {entry: {batch: 'src/batch/index.ts'}},
    target: 'es2022',
    platform: 'node',
    sourcemap: false,
    esbuildPlugins: [importEntriesAsBuilt()]
  }
])
