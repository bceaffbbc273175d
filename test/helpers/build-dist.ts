/**
 * vitest global setup: the worker threads, the CLI and the package tests run
 * the built files (a worker thread cannot load TypeScript sources), so build
 * once before any test when `dist/` is missing or older than the sources.
 * Once, here: test files running in parallel must not each rebuild (tsup
 * empties `dist/` first).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('../../', import.meta.url).pathname
const OUTPUTS = ['index.js', 'rehype.js', 'batch.js', 'clean-worker.js', 'cli.js']

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

export default function setup(): void {
  const outputs = OUTPUTS.map((file) => join(root, 'dist', file))
  const built = outputs.every((file) => existsSync(file)) ? Math.min(...outputs.map((file) => statSync(file).mtimeMs)) : 0
  const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs, statSync(join(root, 'package.json')).mtimeMs)
  if (built < sources) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore'})
}
