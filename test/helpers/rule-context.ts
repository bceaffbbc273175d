import {expect, it} from 'vitest'
import type {Block} from '../../src/segment/block.js'
import {applyRules, type Decisions} from '../../src/decide/classify/classify-blocks.js'
import {countProseAfter} from '../../src/decide/classify/region.js'
import type {Rule, RuleContext} from '../../src/decide/rules/line-rule.js'
import {segmentText} from '../../src/segment/text/segment-text.js'

/** Where the title and the body stand on a test page, by block index (blank lines are not blocks). */
export interface PagePositions {
  /** Block chosen as the title. @default -1 */
  readonly titleIndex?: number
  /** First block of the body region. @default -1 */
  readonly bodyStart?: number
  /** Last block of the body region. @default -1 */
  readonly bodyEnd?: number
}

/** A page made from lines, with the read-only context rules see. */
export interface TestPage {
  readonly blocks: readonly Block[]
  readonly context: RuleContext
}

/**
 * Build a page from lines, the way a text dump is read: `''` is a blank line,
 * every other line is one block (`segmentText` on the lines joined by `\n`).
 * `proseAfter` is computed from the blocks as the pipeline does.
 */
export function buildPage(lines: string | readonly string[], positions: PagePositions = {}): TestPage {
  const text = typeof lines === 'string' ? lines : lines.join('\n')
  const blocks = segmentText(text)
  const proseAfter = countProseAfter(blocks)
  const context: RuleContext = {
    blocks,
    titleIndex: positions.titleIndex ?? -1,
    bodyStart: positions.bodyStart ?? -1,
    bodyEnd: positions.bodyEnd ?? -1,
    proseAfter: (index) => proseAfter[index] ?? 0
  }
  return {blocks, context}
}

/** Run one rule over every block of a page, as `applyRules` does, and return its decisions. */
export function runRule(rule: Rule, page: TestPage): Decisions {
  const decisions: Decisions = page.blocks.map(() => null)
  applyRules(page.blocks, page.context, [rule], decisions)
  return decisions
}

/** What a rule did at one block: the span of the match that starts there, or `null`. */
export interface MatchAt {
  readonly span: number
}

/**
 * Whether `rule` starts a match at block `at` of the page made from `lines`,
 * and how many blocks that match removes. A block covered by a match that
 * started earlier gives `null`: the rule did not match it on its own.
 */
export function matchAt(rule: Rule, lines: string | readonly string[], at = 0, positions: PagePositions = {}): MatchAt | null {
  const page = buildPage(lines, positions)
  if (at >= page.blocks.length) throw new RangeError(`Block ${at} is past the last block (${page.blocks.length - 1}).`)
  const decisions = runRule(rule, page)
  if (decisions[at]?.start !== at) return null
  let span = 0
  for (let i = at; i < decisions.length && decisions[i]?.start === at; i++) span++
  return {span}
}

/**
 * One row of a rule's table: a line (or the lines of a page, `''` for a blank
 * line), whether the rule must remove it (or, for widgets, the span it must
 * remove), and where the text comes from.
 */
export interface RuleRow {
  /** One line, or the lines of a small page. */
  readonly input: string | readonly string[]
  /** `true`/`false`: the rule matches the line under test or not; `{span}`: it matches and removes that many blocks. */
  readonly expected: boolean | MatchAt
  /** The page the text comes from (`corpus <name>`, `seed <name>`), or `constructed`. */
  readonly source: string
  /** Block index of the line under test in a multi-line input. @default 0 */
  readonly at?: number
  /** Title and body positions of the page. */
  readonly page?: PagePositions
  /**
   * The rule does not meet this row yet: the row runs as an expected failure
   * (`it.fails`), so that the fix that meets it turns the test red and the
   * mark is taken off. @default false
   */
  readonly fails?: boolean
}

/** What the rule did with a row's line under test, in the shape of the row's `expected`. */
export function outcome(rule: Rule, row: RuleRow): boolean | MatchAt | null {
  const match = matchAt(rule, row.input, row.at ?? 0, row.page ?? {})
  return typeof row.expected === 'boolean' ? match !== null : match
}

/** A text for a test name: whitespace tidied, cut short. */
export function quote(text: string, max = 72): string {
  const tidy = text.replace(/\s+/gu, ' ').trim()
  return `"${tidy.length > max ? `${tidy.slice(0, max - 1)}…` : tidy}"`
}

/** The text of the line under test. */
function lineUnderTest(row: RuleRow): string {
  if (typeof row.input === 'string') return row.input
  return buildPage(row.input).blocks[row.at ?? 0]?.text ?? ''
}

/** The sentence a row's test is named by: "removes …" or "keeps …", and the source. */
export function rowTitle(row: RuleRow): string {
  const text = quote(lineUnderTest(row))
  if (row.expected === false) return `keeps ${text} (${row.source})`
  if (row.expected === true) return `removes ${text} (${row.source})`
  const {span} = row.expected
  return span === 1 ? `removes ${text} on its own (${row.source})` : `removes ${text} and what follows it, ${span} lines in all (${row.source})`
}

/**
 * The test function for a row of any table: `it`, or `it.fails` for a row
 * marked `fails: true` (one the rule does not meet yet). A marked row that
 * starts passing fails the run, so each fix shows which marks to remove.
 */
export function rowIt(row: {readonly source: string; readonly fails?: boolean}): typeof it | typeof it.fails {
  return row.fails === true ? it.fails : it
}

/** A row of any rule table, as far as its shape is concerned. */
interface TableRow {
  readonly expected: unknown
  readonly source: string
  readonly fails?: boolean
}

/**
 * The test every rule table carries: the rule fires on rows from at least two
 * pages (sources other than `constructed`) and keeps at least one near miss,
 * counting only rows it meets today. test/rules-coverage.test.ts checks that
 * each rule's table calls this.
 */
export function itFiresOnTwoPagesAndKeepsANearMiss(rows: readonly TableRow[]): void {
  it('fires on lines of at least two pages and keeps at least one near miss', () => {
    const met = rows.filter((row) => row.fails !== true)
    const pages = new Set(met.filter((row) => row.expected !== false && !row.source.startsWith('constructed')).map((row) => row.source))
    expect([...pages].length, 'pages the rule fires on').toBeGreaterThanOrEqual(2)
    expect(met.filter((row) => row.expected === false).length, 'near misses kept').toBeGreaterThanOrEqual(1)
  })
}
