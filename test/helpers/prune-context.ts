import type {Element} from 'hast'
import {describe, expect} from 'vitest'
import {documentParts, walk} from '../../src/segment/html/hast.js'
import {parseHtml} from '../../src/segment/html/parse-html.js'
import {prunePage, PRUNE_RULES, type PruneRule} from '../../src/segment/html/prune/prune-page.js'
import {measurePage} from '../../src/segment/html/measure-page.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, quote, rowIt} from './rule-context.js'

/**
 * One row of a tree rule's table: an element as a page has it (shortened to
 * what the rule reads: tag, `class`/`id`, role, style and enough of its text),
 * whether the rule prunes it, and where it comes from.
 */
export interface PruneRow {
  /** The element under test, as HTML: its first tag is the element. */
  readonly html: string
  /** Whether the rule prunes the element. */
  readonly expected: boolean
  /** The page it comes from (`corpus <name>`, `fixture <name>`), or `constructed`. */
  readonly source: string
  /** Where the element sits: beside the article (`page`) or inside its `<article>`. @default 'page' */
  readonly where?: 'page' | 'article'
  /** The rule does not meet this row yet: it runs as an expected failure (`it.fails`). @default false */
  readonly fails?: boolean
}

// The article beside the element under test: forty-eight paragraphs of
// prose (about 5,800 characters besides spaces), so that it holds most of the page's prose
// even beside the longest near miss, as on a real page; an element holding
// most of it would be taken for the article and kept whatever the rule says.
const SENTENCES = [
  'The city council voted on Tuesday to extend the tram line to the northern suburbs, a project that has been debated for more than a decade.',
  'Supporters say the extension will cut commuting times in half for about forty thousand residents, while critics point to the rising costs of construction.',
  'Work is expected to begin next spring, and the first trams should run on the new tracks within three years if the budget holds.'
]
const ARTICLE_PARAGRAPHS = 48
const MARK = 'data-row-under-test'

/**
 * Whether `rule` prunes the row's element, on a page where it stands beside
 * (or inside) an article of many paragraphs, with every other tree rule off,
 * as `prunePage` runs it.
 */
export function pruneOutcome(rule: PruneRule, row: PruneRow): boolean {
  const element = row.html.replace(/^\s*<([a-z][a-z0-9-]*)/i, `<$1 ${MARK}`)
  const paragraphs = Array.from({length: ARTICLE_PARAGRAPHS}, (_, i) => `<p>${SENTENCES[i % SENTENCES.length] ?? ''}</p>`).join('')
  const article = `<article>${paragraphs}${row.where === 'article' ? element : ''}</article>`
  const tree = parseHtml(`<!doctype html><html><head><title>Test</title></head><body><div>${article}${row.where === 'article' ? '' : element}</div></body></html>`)
  const {body} = documentParts(tree)
  if (body === null) throw new Error('The test page has no body.')
  let target: Element | null = null
  walk(body, (node) => {
    if (node.type === 'element' && node.properties.dataRowUnderTest !== undefined) target = node
  })
  if (target === null) throw new Error(`No element in ${row.html}`)
  const rules = Object.fromEntries(PRUNE_RULES.map((other) => [other.name, other.name === rule.name]))
  // A rule of one kind of page only (see src/segment/html/kinds/) runs after the shared ones.
  const ruleSet = PRUNE_RULES.includes(rule) ? PRUNE_RULES : [...PRUNE_RULES, rule]
  const {records} = prunePage(body, measurePage(body), {rules, keepComments: false, ruleSet})
  return records.get(target)?.rule === rule.name
}

/** `count` sentences of plain prose, for elements that must be long. */
export function prose(count: number): string {
  return Array.from({length: count}, () => 'The council said the new rules would apply from next year to every household in the district, whatever its size or the age of its buildings.').join(' ')
}

/** The sentence a tree rule's row is named by. */
export function pruneRowTitle(row: PruneRow): string {
  const where = row.where === 'article' ? ' inside the article' : ''
  return `${row.expected ? 'prunes' : 'keeps'} ${quote(row.html, 90)}${where} (${row.source})`
}

/**
 * A tree rule's table: each row as a test (`it.fails` for a row marked
 * `fails`), and the check that the rule fires on two pages and keeps a near
 * miss.
 */
export function describeTreeRuleTable(rule: PruneRule, rows: readonly PruneRow[]): void {
  describe(`the ${rule.name} tree rule`, () => {
    itFiresOnTwoPagesAndKeepsANearMiss(rows)
    for (const row of rows) {
      rowIt(row)(pruneRowTitle(row), () => {
        expect(pruneOutcome(rule, row)).toBe(row.expected)
      })
    }
  })
}
