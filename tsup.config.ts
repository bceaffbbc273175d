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

function importEntriesAsBuilt(extension: '.js' | '.cjs'): Plugin {
  return {
    name: 'import-entries-as-built',
    setup(build) {
      build.onResolve({filter: /^\.\.?\//}, (args) => {
        const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'))
        const entry = ENTRIES[target]
        if (entry === undefined || args.kind === 'entry-point') return undefined
        return {path: `./${entry}${extension}`, external: true}
      })
    }
  }
}

// The root entry and the unified plugin (`article-cleaner/rehype`): ESM
// keeps its dependencies external (they are ESM, and a bundler downstream
// dedupes them); CJS bundles them, because unified, remark-stringify and
// franc-min ship as ESM only and `require()` of ESM is not universal.
//
// The Node entries (`article-cleaner/batch`, the CLI, the worker) import the
// root entry's built file. The worker is ESM only: worker threads load ESM on
// every supported Node, so the CJS batch entry starts the same worker file.
// piscina stays external in CJS too: it starts its own worker script from
// its own folder, which bundling would break.
export default defineConfig([
  {
    entry: {index: 'src/index.ts', rehype: 'src/rehype.ts'},
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // The stop-word lists are JSON: inlined, so that no runtime needs JSON
    // import attributes to load them.
    noExternal: ['stopwords-iso'],
    sourcemap: false
  },
  {
    entry: {index: 'src/index.ts', rehype: 'src/rehype.ts'},
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: [/.*/],
    sourcemap: false
  },
  {
    entry: {batch: 'src/batch/index.ts', 'clean-worker': 'src/batch/clean-worker.ts', cli: 'src/cli/cli.ts'},
    format: ['esm'],
    dts: {entry: {batch: 'src/batch/index.ts'}},
    target: 'es2022',
    platform: 'node',
    sourcemap: false,
    esbuildPlugins: [importEntriesAsBuilt('.js')]
  },
  {
    entry: {batch: 'src/batch/index.ts'},
    format: ['cjs'],
    dts: {entry: {batch: 'src/batch/index.ts'}},
    target: 'es2022',
    platform: 'node',
    // `new URL('./clean-worker.js', import.meta.url)` finds the worker from the CJS file too.
    shims: true,
    sourcemap: false,
    esbuildPlugins: [importEntriesAsBuilt('.cjs')]
  }
])
