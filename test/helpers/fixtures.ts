import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import type {Article, CleanInput, Options, RemovalReason} from '../../src/index.js'

export const FIXTURES_DIR = new URL('../../fixtures/', import.meta.url).pathname

/** What a fixture's `expected.json` holds (the seeds' shape). */
export interface FixtureExpectation {
  input?: string
  expected: Record<string, unknown>
  mustRemove?: {text: string; reason: RemovalReason}[]
  mustKeep?: string[]
  /** Expectations not met yet, each with what the cleaner gives today (`got`). */
  knownGaps?: KnownGaps
}

/**
 * Expectations a fixture does not meet yet, kept apart from the asserted ones
 * by `scripts/fixture-gaps.ts`. Each holds what the cleaner gives today
 * (`got`), which the fixture test asserts, so that any change to a gap shows.
 */
export interface KnownGaps {
  /** A field: the value wanted and the value given today. */
  expected?: Record<string, {want: unknown; got: unknown}>
  /** A line to remove with a reason: where it goes today (see {@link removalOf}). */
  mustRemove?: {text: string; reason: RemovalReason; got: string}[]
  /** A line the body should keep: where it goes today (see {@link removalOf}). */
  mustKeep?: {text: string; got: string}[]
}

/** A fixture's `options.json`: per-case options, the page URL, and provenance. */
export interface FixtureOptions {
  url?: string
  site?: string
  source?: string
  license?: string
  note?: string
  options?: Options
}

export interface Fixture {
  name: string
  dir: string
  /** Which form the input has: `input.html` or `input.txt`. */
  kind: 'html' | 'text'
  input: string
  expectation: FixtureExpectation
  options: FixtureOptions
  markdownPath: string
}

/** Every fixture folder, read once. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, {withFileTypes: true})
    // A fixture is a folder with an input; `sites/` holds whole sites for learning.
    .filter((entry) => entry.isDirectory() && (existsSync(join(FIXTURES_DIR, entry.name, 'input.txt')) || existsSync(join(FIXTURES_DIR, entry.name, 'input.html'))))
    .map((entry) => {
      const dir = join(FIXTURES_DIR, entry.name)
      const expectationPath = join(dir, 'expected.json')
      const optionsPath = join(dir, 'options.json')
      const kind = existsSync(join(dir, 'input.html')) ? 'html' : 'text'
      return {
        name: entry.name,
        dir,
        kind,
        input: readFileSync(join(dir, kind === 'html' ? 'input.html' : 'input.txt'), 'utf8'),
        expectation: existsSync(expectationPath)
          ? (JSON.parse(readFileSync(expectationPath, 'utf8')) as FixtureExpectation)
          : {expected: {}},
        options: existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as FixtureOptions) : {},
        markdownPath: join(dir, 'expected.md')
      }
    })
}

/** The input as cleanArticle takes it: `{html}` or `{text}`, with the fixture's URL. */
export function fixtureInput(fixture: Fixture): CleanInput {
  const url = fixture.options.url
  if (fixture.kind === 'html') return url ? {html: fixture.input, url} : {html: fixture.input}
  return url ? {text: fixture.input, url} : {text: fixture.input}
}

/** The comparison rules of the seeds: Unicode spaces become one space, ends trimmed. */
export function norm(text: string): string {
  return text.replace(/[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/gu, ' ').trim()
}

/** Deeply normalise every string in a value, for subset comparison. */
export function normDeep(value: unknown): unknown {
  if (typeof value === 'string') return norm(value)
  if (Array.isArray(value)) return value.map(normDeep)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normDeep(v)]))
  return value
}

/**
 * Where a line of the input ends up: `kept` (a paragraph of the body), the
 * `reason/rule` of the first removal that holds it, or `missing`.
 */
export function removalOf(article: Article, text: string): string {
  const line = norm(text)
  if (article.paragraphs.map(norm).includes(line)) return 'kept'
  const hit = article.removed.find((removal) => norm(removal.text).includes(line))
  return hit ? `${hit.reason}/${hit.rule}` : 'missing'
}

// C0/C1 controls other than tab and the line breaks: the README says they become spaces.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g

/**
 * The non-blank lines of a text dump, whitespace-normalised, as the README
 * says the library reads it: a leading byte-order mark dropped, every line
 * break (CR LF, CR, NEL, LS, PS) a line break, a lone surrogate U+FFFD,
 * control characters spaces. One line is one block: `blockIndex` counts these.
 */
/**
 * The lines of a text dump's body, one per kept line of the input: each
 * paragraph, and each line of a code block (a listing's lines are one
 * paragraph, joined by line breaks; listings parted by blank lines, by two).
 */
export function bodyLines(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph) => (paragraph.includes('\n') ? paragraph.split('\n').filter((line) => line !== '') : [paragraph]))
}

export function nonBlankLines(dump: string): string[] {
  const text = (dump.startsWith('\uFEFF') ? dump.slice(1) : dump).toWellFormed()
  return text
    .split(/\r\n?|[\n\u0085\u2028\u2029]/u)
    .map((line) => norm(line.replace(CONTROLS, ' ')))
    .filter((line) => line !== '')
}
