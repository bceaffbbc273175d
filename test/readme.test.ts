import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as batch from '../src/batch/index.js'
import {cleanArticle, DEFAULTS} from '../src/index.js'
import * as main from '../src/index.js'
import * as rehype from '../src/rehype.js'
import {README, renderReadme} from '../scripts/readme.js'

const readme = readFileSync(README, 'utf8')
const source = (path: string): string => readFileSync(new URL(`../src/${path}`, import.meta.url), 'utf8')

/** The README's section under `heading`, up to the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`README has no "${heading}" section`)
  const level = heading.indexOf(' ')
  const rest = readme.slice(start + heading.length + 2)
  const next = rest.search(new RegExp(`^#{1,${level}} `, 'm'))
  return next < 0 ? rest : rest.slice(0, next)
}

/** The string literals of a union type alias in a source file (`export type Name = 'a' | 'b'`). */
function unionMembers(path: string, name: string): string[] {
  const text = source(path)
  const start = text.indexOf(`export type ${name} =`)
  if (start < 0) throw new Error(`${path} has no type ${name}`)
  const end = text.indexOf('\n\n', start)
  return [...text.slice(start, end < 0 ? undefined : end).matchAll(/'([a-z-]+)'/g)].map((match) => match[1] ?? '')
}

/** The names in a source file's `export type {…}` lists. */
function typeExports(path: string): string[] {
  return [...source(path).matchAll(/export type \{([^}]*)\}/g)].flatMap((match) => (match[1] ?? '').split(',').map((name) => name.trim()).filter(Boolean))
}

/** How the Options table writes a default value. */
function formatDefault(value: unknown): string {
  if (value === null) return 'none'
  if (typeof value === 'string') return `\`'${value}'\``
  if (typeof value === 'number' && Number.isFinite(value) && value >= 10_000) return `\`${value.toLocaleString('en').replaceAll(',', '_')}\``
  if (typeof value === 'object') return `\`${JSON.stringify(value)}\``
  return `\`${String(value)}\``
}

describe('README.md', () => {
  it('shows what the code gives: `npm run readme` leaves it unchanged', async () => {
    // Example outputs and rules tables are generated; run `npm run readme` after changing them.
    expect(await renderReadme(readme)).toBe(readme)
  })

  it('is at most 450 lines, for users; the measurements live in docs/', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(450)
  })

  it('names every export of the three entries in its API or Types section', () => {
    const api = section('## API') + section('## Types')
    const names = [
      ...Object.keys(main),
      ...Object.keys(rehype),
      ...Object.keys(batch),
      ...typeExports('index.ts'),
      ...typeExports('batch/index.ts'),
      'RehypeArticleOptions'
    ]
    for (const name of names) expect(api, name).toContain(`\`${name}\``)
  })

  it('documents every option with its default', () => {
    const options = section('### `Options`')
    for (const [name, value] of Object.entries(DEFAULTS)) {
      const row = options.split('\n').find((line) => line.startsWith(`| \`${name}\` |`))
      expect(row, name).toBeDefined()
      expect(row?.split(' | ')[2], name).toBe(formatDefault(value))
    }
  })

  it('documents every field of an Article', () => {
    const fields = section('### `Article`')
    for (const name of Object.keys(cleanArticle('One line of text.'))) expect(fields, name).toContain(`| \`${name}\` |`)
  })

  it('lists every error code, removal reason and warning code', () => {
    const errors = section('### Errors')
    for (const code of unionMembers('errors.ts', 'ErrorCode')) expect(errors, code).toContain(`| \`${code}\` |`)
    const removal = section('### `Removal`')
    for (const reason of unionMembers('types.ts', 'RemovalReason')) expect(removal, reason).toContain(`\`${reason}\``)
    const article = section('### `Article`')
    for (const code of unionMembers('types.ts', 'WarningCode')) expect(article, code).toContain(`\`${code}\``)
    const cli = section('## CLI')
    for (const code of unionMembers('batch/records.ts', 'BatchErrorCode')) expect(cli, code).toContain(`\`${code}\``)
  })
})
