import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: {include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json'},
    testTimeout: 20_000
  }
})
