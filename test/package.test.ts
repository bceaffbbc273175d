import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {beforeAll, describe, expect, it} from 'vitest'

const root = new URL('../', import.meta.url).pathname
const dist = `${root}dist/`

// The built files are what users get: test them, building once if needed
// (`.ci/run` builds before testing; a fresh clone may not have).
beforeAll(() => {
  if (!existsSync(`${dist}index.cjs`) || !existsSync(`${dist}index.js`) || !existsSync(`${dist}rehype.js`)) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore'})
}, 120_000)

const DUMP = 'Council extends library hours\n\nThe council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third.\n'

describe('the built package', () => {
  it('works with require() from CommonJS', () => {
    const require = createRequire(import.meta.url)
    const {cleanArticle, InvalidInputError} = require(`${dist}index.cjs`) as typeof import('../src/index.js')
    expect(cleanArticle(DUMP).title).toBe('Council extends library hours')
    expect(() => cleanArticle(3 as unknown as string)).toThrowError(InvalidInputError)
  })

  it('works with import from ESM', async () => {
    const {cleanArticle} = (await import(`${dist}index.js`)) as typeof import('../src/index.js')
    expect(cleanArticle(DUMP).paragraphs).toHaveLength(1)
  })

  it('imports no Node built-in, so it runs in browsers, Deno, Bun and edge workers', () => {
    const builtin = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'](?:node:[a-z_/]+|fs|path|os|url|util|crypto|stream|buffer|child_process|module|worker_threads)["']/
    for (const file of ['index.js', 'index.cjs', 'rehype.js', 'rehype.cjs']) expect(readFileSync(`${dist}${file}`, 'utf8'), file).not.toMatch(builtin)
  })

  it('cleans HTML from the built files', () => {
    const require = createRequire(import.meta.url)
    const {cleanArticle} = require(`${dist}index.cjs`) as typeof import('../src/index.js')
    const article = cleanArticle({html: '<!doctype html><title>Hours</title><article><p>The council voted on Tuesday to extend the library’s opening hours.</p></article>'})
    expect(article.paragraphs).toEqual(['The council voted on Tuesday to extend the library’s opening hours.'])
  })

  it('serves the unified plugin from article-cleaner/rehype, for require() and import', async () => {
    const require = createRequire(import.meta.url)
    const cjs = require(`${dist}rehype.cjs`) as typeof import('../src/rehype.js')
    const esm = (await import(`${dist}rehype.js`)) as typeof import('../src/rehype.js')
    for (const {rehypeArticle} of [cjs, esm]) expect(typeof rehypeArticle({})).toBe('function')
    // unified's convention: the plugin is the default export too.
    for (const plugin of [cjs, esm]) expect(plugin.default).toBe(plugin.rehypeArticle)
  })

  it('resolves the exports map for both conditions and every entry point', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {exports: Record<string, {import: {types: string; default: string}; require: {types: string; default: string}}>}
    for (const name of ['.', './rehype', './batch']) {
      const entry = pkg.exports[name]
      expect(entry, name).toBeDefined()
      for (const path of [entry?.import.types, entry?.import.default, entry?.require.types, entry?.require.default]) expect(existsSync(`${root}${path}`), `${name}: ${path}`).toBe(true)
    }
  })

  it('finds the worker from the CJS build of article-cleaner/batch, and shares the root entry', async () => {
    const require = createRequire(import.meta.url)
    const batch = require(`${dist}batch.cjs`) as typeof import('../src/batch/index.js')
    expect(Object.keys(batch)).toEqual(['cleanMany'])
    const results = []
    for await (const result of batch.cleanMany([DUMP, {text: DUMP, id: 'b'}], {concurrency: 2})) results.push(result)
    expect(results.map((result) => ('article' in result ? result.article.title : result.error.code))).toEqual(['Council extends library hours', 'Council extends library hours'])
    // One copy of the cleaner: the batch entry loads the root entry's file.
    expect(readFileSync(`${dist}batch.cjs`, 'utf8')).toMatch(/require\("\.\/index\.cjs"\)/)
  })

  it('ships the CLI as an executable ESM bin', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {bin: Record<string, string>}
    const cli = readFileSync(`${root}${pkg.bin['article-cleaner']}`, 'utf8')
    expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})
