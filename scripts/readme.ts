/**
 * `npm run readme`: regenerate the parts of README.md that come from the code,
 * so that what the README shows is what the package does.
 *
 * A generated part sits between `<!-- generated:<kind> [key=value…] -->` and
 * `<!-- /generated -->`. Kinds:
 *   output               run the ```js block just above the marker, in this
 *                        process, against the sources (`article-cleaner`
 *                        resolves to src/), and show what it logs
 *   example <file> [args…]  run an example script with node (it imports the
 *                        built package, as a user's copy would) and show its
 *                        stdout
 *   rules, prune-rules   the rules tables, from RULES and PRUNE_RULES
 * Options: `lang=<fence language>` (default `text`), `head=<lines>`.
 *
 * `npm run readme -- --check` exits 1 when README.md is out of date;
 * test/readme.test.ts does the same check in `npm test`.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {format} from 'node:util'
import * as batch from '../src/batch/index.js'
import * as main from '../src/index.js'
import * as rehype from '../src/rehype.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
export const README = `${ROOT}README.md`

/** What `article-cleaner` and its subpaths mean inside a README block: the sources. */
const PACKAGE: Readonly<Record<string, Record<string, unknown>>> = {
  'article-cleaner': main,
  'article-cleaner/rehype': rehype,
  'article-cleaner/batch': batch
}

const START = /^<!-- generated:([a-z-]+)((?: [^ >]+)*) -->$/
const END = '<!-- /generated -->'
const FENCE = /^```([a-z]*)$/
// `import {a, b as c} from 'spec'`: the one import form README blocks use.
const IMPORT = /^import \{([^}]*)\} from '([^']+)'$/

interface Marker {
  kind: string
  args: string[]
  options: Record<string, string>
}

function parseMarker(line: string): Marker | undefined {
  const match = START.exec(line)
  if (!match) return undefined
  const words = (match[2] ?? '').split(' ').filter(Boolean)
  const options: Record<string, string> = {}
  const args: string[] = []
  for (const word of words) {
    const equals = word.indexOf('=')
    if (equals > 0) options[word.slice(0, equals)] = word.slice(equals + 1)
    else args.push(word)
  }
  return {kind: match[1] ?? '', args, options}
}

/** Run a README code block in this process and return what it logged. */
async function runBlock(code: string): Promise<string> {
  const names: string[] = []
  const values: unknown[] = []
  const body: string[] = []
  for (const line of code.split('\n')) {
    const match = IMPORT.exec(line)
    if (!match) {
      body.push(line)
      continue
    }
    const specifier = match[2] ?? ''
    const module: Record<string, unknown> = PACKAGE[specifier] ?? ((await import(specifier)) as Record<string, unknown>)
    for (const part of (match[1] ?? '').split(',')) {
      const [imported = '', local = imported] = part.trim().split(/ as /)
      if (!(imported in module)) throw new Error(`README block imports ${imported} from ${specifier}, which does not export it`)
      names.push(local.trim())
      values.push(module[imported.trim()])
    }
  }
  const logged: string[] = []
  const log = (...args: unknown[]): void => void logged.push(format(...args))
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>
  await new AsyncFunction(...names, 'console', body.join('\n'))(...values, {log, error: log, info: log})
  return logged.join('\n')
}

function runExample(args: string[]): string {
  const [file, ...rest] = args
  if (file === undefined || !file.startsWith('examples/')) throw new Error('generated:example needs a file under examples/')
  return execFileSync(process.execPath, [file, ...rest], {cwd: ROOT, encoding: 'utf8'}).trimEnd()
}

function rulesTable(rules: ReadonlyArray<{name: string; reason: string; matches: string}>): string {
  const escape = (text: string): string => text.replaceAll('|', '\\|')
  return [
    '| # | rule | reason | matches |',
    '| --- | --- | --- | --- |',
    ...rules.map((rule, index) => `| ${index + 1} | \`${rule.name}\` | \`${rule.reason}\` | ${escape(rule.matches)} |`)
  ].join('\n')
}

function fenced(text: string, options: Record<string, string>): string {
  const head = options.head === undefined ? Infinity : Number(options.head)
  const lines = text.split('\n')
  const shown = lines.length > head ? [...lines.slice(0, head), '…'] : lines
  return ['```' + (options.lang ?? 'text'), ...shown, '```'].join('\n')
}

/** The line rules' table (also printed by `npm run rules-table`). */
export const lineRulesTable = (): string => rulesTable(main.RULES)

/**
 * README.md with every generated part regenerated.
 * @param readme The README's current text.
 * @returns The README with its generated parts as the code makes them now.
 */
export async function renderReadme(readme: string): Promise<string> {
  const lines = readme.split('\n')
  const out: string[] = []
  let lastCode: string | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    out.push(line)
    const fence = FENCE.exec(line)
    if (fence && fence[1] !== '') {
      // Copy the block through, remembering it for an `output` marker below.
      const end = lines.indexOf('```', index + 1)
      if (end < 0) throw new Error(`README line ${index + 1}: unclosed code block`)
      out.push(...lines.slice(index + 1, end + 1))
      lastCode = ['js', 'javascript'].includes(fence[1] ?? '') ? lines.slice(index + 1, end).join('\n') : undefined
      index = end
      continue
    }
    const marker = parseMarker(line)
    if (!marker) continue
    const end = lines.indexOf(END, index + 1)
    if (end < 0) throw new Error(`README line ${index + 1}: ${line} has no ${END}`)
    let generated: string
    if (marker.kind === 'output') {
      if (lastCode === undefined) throw new Error(`README line ${index + 1}: no js block above the output marker`)
      generated = fenced(await runBlock(lastCode), marker.options)
    } else if (marker.kind === 'example') generated = fenced(runExample(marker.args), marker.options)
    else if (marker.kind === 'rules') generated = lineRulesTable()
    else if (marker.kind === 'prune-rules') generated = rulesTable(main.PRUNE_RULES)
    else throw new Error(`README line ${index + 1}: unknown generated part ${marker.kind}`)
    out.push(generated, END)
    lastCode = undefined
    index = end
  }
  return out.join('\n')
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  // The examples import the built package: build it first when it is stale.
  const {default: buildDist} = await import('../test/helpers/build-dist.js')
  buildDist()
  const current = readFileSync(README, 'utf8')
  const next = await renderReadme(current)
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md is out of date: run `npm run readme`')
      process.exitCode = 1
    }
  } else if (next !== current) {
    writeFileSync(README, next)
    console.log('README.md regenerated')
  } else console.log('README.md is up to date')
}
