import {defineConfig} from 'vitest/config'

// `npm run test:integration`: tests that start real servers (redis-server),
// apart from `npm test`, which stays fast and needs nothing installed.
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    globalSetup: ['test/helpers/build-dist.ts'],
    testTimeout: 240_000,
    hookTimeout: 30_000
  }
})
