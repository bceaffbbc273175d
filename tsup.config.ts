import {defineConfig} from 'tsup'

// Two entry points: the main API and the unified plugin (`article-cleaner/rehype`).
// Two builds: ESM keeps its dependencies external (they are ESM, and a bundler
// downstream dedupes them); CJS bundles them, because unified, remark-stringify
// and franc-min ship as ESM only and `require()` of ESM is not universal.
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
  }
])
