import {defineConfig} from 'vitest/config'

// `npm run test:pending`: the rule tables not met yet (test/rules/pending/README.md).
export default defineConfig({test: {include: ['test/rules/pending/**/*.test.ts']}})
