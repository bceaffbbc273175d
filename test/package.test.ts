import {execFile, execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const root = new URL('../', import.meta.url).pathname
const dist = `${root}dist/`
const consumers = `${root}test/consumers/`
// The built files are what users get (test/helpers/build-dist.ts builds them
// before any test when they are missing or stale).

const DUMP = 'Council extends library hours\n\nThe council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third.\n'

interface PackageJson {
  type: string
  exports: Record<string, string | {types: string; default: string}>
  bin: Record<string, string>
  engines: {node: string}
}
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as PackageJson

/**
 * tsc's errors on one consumer file with a module setting, as a user's
 * tsconfig would set it. The declarations are checked too (`skipLibCheck`
 * off): an ES module import in a CommonJS declaration file fails there.
 */
async function typecheck(file: string, module: string, moduleResolution: string): Promise<string> {
  const tsc = `${root}node_modules/typescript/bin/tsc`
  const args = [tsc, '--noEmit', '--strict', '--skipLibCheck', 'false', '--types', 'node', '--lib', 'es2022', '--target', 'es2022', '--module', module, '--moduleResolution', moduleResolution, `${consumers}${file}`]
  try {
    return (await promisify(execFile)(process.execPath, args, {cwd: root, encoding: 'utf8'})).stdout
  } catch (error) {
    return String((error as {stdout?: string}).stdout ?? error)
  }
}

describe('the built package', () => {
  it('is ES modules only, with no dependency bundled in', () => {
    expect(pkg.type).toBe('module')
    const files = readdirSync(dist)
    expect(files.filter((file) => !file.endsWith('.js') && !file.endsWith('.d.ts'))).toEqual([])
    // A bundled dependency shows as esbuild's comment naming its file in node_modules.
    for (const file of files.filter((name) => name.endsWith('.js'))) expect(readFileSync(`${dist}${file}`, 'utf8'), file).not.toContain('node_modules/')
  })

  it('works with require() from a CommonJS app, for every entry and the batch workers', () => {
    // A child process: Node's own require() of ES modules, not vitest's loader.
    expect(execFileSync(process.execPath, [`${consumers}require.cjs`], {cwd: consumers, encoding: 'utf8'})).toBe('ok\n')
  })

  it('works with import from ESM', async () => {
    const {cleanArticle} = (await import(`${dist}index.js`)) as typeof import('../src/index.js')
    expect(cleanArticle(DUMP).paragraphs).toHaveLength(1)
    const {rehypeArticle} = (await import(`${dist}rehype.js`)) as typeof import('../src/rehype.js')
    expect(typeof rehypeArticle({})).toBe('function')
  })

  it('imports no Node built-in, so it runs in browsers, Deno, Bun and edge workers', () => {
    const builtin = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'](?:node:[a-z_/]+|fs|path|os|url|util|crypto|stream|buffer|child_process|module|worker_threads)["']/
    // The root entry, the plugin and every chunk they load.
    const loaded = new Set<string>()
    const visit = (file: string): void => {
      if (loaded.has(file)) return
      loaded.add(file)
      for (const [, chunk] of readFileSync(`${dist}${file}`, 'utf8').matchAll(/from "\.\/([\w.-]{1,80}\.js)"/g)) visit(chunk as string)
    }
    visit('index.js')
    visit('rehype.js')
    for (const file of loaded) expect(readFileSync(`${dist}${file}`, 'utf8'), file).not.toMatch(builtin)
  })

  it('cleans HTML from the built files', async () => {
    const {cleanArticle} = (await import(`${dist}index.js`)) as typeof import('../src/index.js')
    const article = cleanArticle({html: '<!doctype html><title>Hours</title><article><p>The council voted on Tuesday to extend the library’s opening hours.</p></article>'})
    expect(article.paragraphs).toEqual(['The council voted on Tuesday to extend the library’s opening hours.'])
  })

  it('serves the unified plugin from article-cleaner/rehype as its default export too', async () => {
    const plugin = (await import(`${dist}rehype.js`)) as typeof import('../src/rehype.js')
    // unified's convention: the plugin is the default export.
    expect(plugin.default).toBe(plugin.rehypeArticle)
  })

  it('resolves the exports map, types first, for every entry point', () => {
    for (const name of ['.', './rehype', './batch']) {
      const entry = pkg.exports[name]
      if (typeof entry !== 'object') throw new Error(`${name}: no conditions`)
      expect(Object.keys(entry), name).toEqual(['types', 'default'])
      for (const path of [entry.types, entry.default]) expect(existsSync(`${root}${path}`), `${name}: ${path}`).toBe(true)
    }
  })

  it('shares the root entry from article-cleaner/batch rather than a copy of it', () => {
    expect(readFileSync(`${dist}batch.js`, 'utf8')).toMatch(/from "\.\/index\.js"/)
  })

  // Concurrent: each is a tsc process of its own.
  it.concurrent.each([
    ['node16', 'node16'],
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler']
  ])('types every entry for an ES module consumer under module %s, moduleResolution %s', async (module, resolution) => {
    expect(await typecheck('import.mts', module, resolution)).toBe('')
  }, 120_000)

  it.concurrent('types every entry for a CommonJS consumer under nodenext (and, as documented, not under node16)', async () => {
    const [nodenext, node16] = await Promise.all([typecheck('require.cts', 'nodenext', 'nodenext'), typecheck('require.cts', 'node16', 'node16')])
    expect(nodenext).toBe('')
    expect(node16).toContain('TS1471')
  }, 120_000)

  it('keeps the unpacked package under its size budget of 1 MB', () => {
    // What npm would publish, as `npm pack` lists it (dist/ as built, README, LICENSE).
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'})) as [{unpackedSize: number; files: {path: string}[]}]
    expect(pack.files.map((file) => file.path)).toContain('LICENSE')
    expect(pack.unpackedSize).toBeLessThan(1_000_000)
  }, 60_000)

  it('ships the CLI as an executable ESM bin', () => {
    const cli = readFileSync(`${root}${pkg.bin['article-cleaner']}`, 'utf8')
    expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})
