import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/integration/**', 'node_modules/**'],
    typecheck: {include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json'},
    // Builds dist/ when it is missing or stale: worker threads and the CLI run built files.
    globalSetup: ['test/helpers/build-dist.ts'],
    // A guard against hangs, not a speed check: corpus-wide tests take 5 s alone and
    // over 20 s when both cores are busy (language-scorer's windows test did in two runs).
    testTimeout: 120_000
  }
})
