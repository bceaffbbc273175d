import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/integration/**', 'node_modules/**'],
    typecheck: {include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json'},
    // Builds dist/ when it is missing or stale: worker threads and the CLI run built files.
    globalSetup: ['test/helpers/build-dist.ts'],
    testTimeout: 20_000
  }
})
