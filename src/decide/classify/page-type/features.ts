import type {Element, Parents, Root} from 'hast'
import type {Block} from '../../../segment/block.js'
import {attribute, classTokens, INVISIBLE, walk} from '../../../segment/html/hast.js'
import type {MarkupHints} from '../../../extract/markup/collect-markup.js'
import {contentTokens, contentTokenSpans} from '../../../util/tokens.js'
import type {WordIndex} from '../../../util/word-index.js'
import {tickDeadline} from '../../../util/deadline.js'
import {looksLikeCode} from '../../../util/patterns.js'

/**
 * What the page-type model reads of a page: named values, most of them zero.
 * Names carry a prefix that says where they come from, so that one model file
 * lists them all and a reader can tell a class word from a text word:
 *
 * - `n:` a measure (a count as log(1 + n), or a share 0–1);
 * - `t:` a schema.org type (JSON-LD `@type`, microdata `itemtype`), `og:` the OpenGraph type,
 *   `g:` the generator's first word, `m:` a `<meta>` key the page has;
 * - `c:` a word of the elements' `class` and `id` (log(1 + count));
 * - `w:` a word of the visible text, `ti:` of the `<title>` (present: 1);
 * - `u:` a word of the URL's host and path, when the caller gave one.
 *
 * The model file keeps only the names its training found on pages of several
 * sites, so a page's other names cost a map entry and nothing else.
 */
export type PageFeatures = Map<string, number>

/**
 * A page's features, with its distinct words apart: a page has a thousand,
 * the model knows a few hundred, and naming each (`w:` + word) only to look
 * it up cost more than the rest of the features together.
 */
export interface PageEvidence {
  features: PageFeatures
  /** The distinct words of the visible text (the `w:` features, unprefixed); only those of the model's WordIndex when the guess passes it. */
  words: Set<string>
}

/** Every feature by name, the words as `w:` features: what training reads. */
export function namedFeatures(evidence: PageEvidence): PageFeatures {
  const named = new Map(evidence.features)
  for (const word of evidence.words) named.set(`w:${word}`, 1)
  return named
}

/**
 * Text read for words, at most: the kind of a page shows in its first screens,
 * and a bound keeps the pass linear with a small constant on a huge page.
 */
const WORD_SAMPLE_CHARS = 40_000
/** `@type` values read from a page's JSON-LD, at most (a product grid can hold thousands). */
const MAX_TYPES = 200
/** Class words longer than this are hashes and generated names, not words. */
const MAX_CLASS_WORD = 24

/** Tags counted (as `n:tag-<name>`): what forms, code, tables, cards and threads are made of. */
const COUNTED_TAGS = new Set([
  'a', 'article', 'aside', 'blockquote', 'button', 'code', 'dl', 'form', 'h1', 'h2', 'h3', 'h4', 'iframe', 'img', 'input',
  'li', 'nav', 'option', 'p', 'pre', 'section', 'select', 'table', 'textarea', 'time', 'td', 'label', 'svg', 'kbd', 'footer'
])

/** Each counted tag's feature name, made once: a name built per element was a string per element of the page. */
const TAG_FEATURES: ReadonlyMap<string, string> = new Map([...COUNTED_TAGS].map((tag) => [tag, `n:tag-${tag}`]))

/** Currency signs that stand next to a price's digits (`$19.99`, `19,99 €`): $ £ ¥ and the signs of U+20A0–U+20BF (€ ₹ ₽ ₩ ₺ ₫ ₱ ₪…). */
function isCurrencyCode(code: number): boolean {
  return code === 0x24 || code === 0xa3 || code === 0xa5 || (code >= 0x20a0 && code <= 0x20bf)
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * The currency signs of `isCurrencyCode`, as a pattern: most lines and text
 * nodes hold none, and the engine's scan for one class of characters passes
 * over them several times faster than a loop over their char codes.
 */
const CURRENCY_SIGN = /[$\u00a3\u00a5\u20a0-\u20bf]/

/** Prices in a text: a currency sign right before or after a digit (one space allowed). Char codes only: this reads every character of the page. */
export function countPrices(text: string): number {
  if (!CURRENCY_SIGN.test(text)) return 0
  let count = 0
  for (let i = 0; i < text.length; i++) {
    if (!isCurrencyCode(text.charCodeAt(i))) continue
    const after = text.charCodeAt(i + 1) === 32 ? i + 2 : i + 1
    const before = text.charCodeAt(i - 1) === 32 ? i - 2 : i - 1
    if (isDigitCode(text.charCodeAt(after)) || (before >= 0 && isDigitCode(text.charCodeAt(before)))) count++
  }
  return count
}

function add(features: PageFeatures, name: string, value = 1): void {
  features.set(name, (features.get(name) ?? 0) + value)
}

/** Counts become log(1 + n): a page with 400 links is not forty times one with 10. */
function logCounts(features: PageFeatures, prefix: string): void {
  for (const [name, value] of features) if (name.startsWith(prefix)) features.set(name, Math.log1p(value))
}

/**
 * Every `@type` a JSON-LD script names, read off the text (`"@type": "Product"`,
 * `"@type": ["WebPage", "FAQPage"]`) without parsing it: a page's JSON-LD is
 * often invalid, and a scan is linear whatever its size.
 */
export function jsonLdTypes(script: string, into: (type: string) => void, limit = MAX_TYPES): number {
  let found = 0
  let at = script.indexOf('"@type"')
  while (at >= 0 && found < limit) {
    let i = at + 7
    while (i < script.length && (script[i] === ' ' || script[i] === ':' || script[i] === '\n' || script[i] === '\t' || script[i] === '\r')) i++
    const list = script[i] === '['
    const end = list ? script.indexOf(']', i) : script.indexOf('"', script.indexOf('"', i) + 1)
    if (end < 0) break
    const value = script.slice(i, end + 1)
    for (const part of value.split('"')) {
      const name = part.trim()
      if (name !== '' && name !== ',' && name !== '[' && name !== ']' && name.length <= 40) {
        into(name.slice(name.lastIndexOf('/') + 1).toLowerCase())
        found++
      }
    }
    at = script.indexOf('"@type"', end)
  }
  return found
}

/** The words of a URL's host (minus the domain's own name) and path: `docs.`, `/forum/`, `/product/`, `/category/`. */
function urlWords(url: string, into: (word: string) => void): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return
  }
  const labels = parsed.hostname.toLowerCase().split('.')
  for (const label of labels.slice(0, -2)) if (label !== 'www') into(label)
  contentTokens(parsed.pathname.replaceAll('-', ' ').replaceAll('_', ' '), null, into)
}

/** The share of `part` in `whole`, 0 when there is no whole. */
function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

/**
 * Children that repeat one shape (same tag and first class): a grid of
 * product cards, a list of posts, a run of teasers. Returns the longest run
 * under one parent.
 */
function repeatedChildren(element: Element): number {
  if (element.children.length < 3) return 0
  // Children without a class are counted by tag alone: no shape name made for each of them.
  const bare = new Map<string, number>()
  const shapes = new Map<string, number>()
  let most = 0
  for (const child of element.children) {
    if (child.type !== 'element') continue
    const className = child.properties.className
    const first = Array.isArray(className) ? String(className[0] ?? '') : ''
    const counts = first === '' ? bare : shapes
    const shape = first === '' ? child.tagName : `${child.tagName}.${first}`
    const n = (counts.get(shape) ?? 0) + 1
    counts.set(shape, n)
    if (n > most) most = n
  }
  return most
}

/**
 * The features of an HTML page, from its whole tree (head and body, before
 * anything is pruned) and the markup hints already gathered: one walk.
 */
export function htmlPageFeatures(tree: Root, hints: MarkupHints, url: string | null): PageEvidence {
  const features: PageFeatures = new Map()
  const addType = (type: string): void => {
    features.set(`t:${type}`, 1)
  }
  let types = 0
  for (const script of hints.jsonLd) types += jsonLdTypes(script, addType, MAX_TYPES - types)
  const ogType = hints.meta.get('og:type')
  if (ogType !== undefined) features.set(`og:${ogType.toLowerCase().slice(0, 30)}`, 1)
  const generator = hints.meta.get('generator')
  if (generator !== undefined) features.set(`g:${generator.toLowerCase().split(' ')[0] ?? ''}`, 1)
  for (const key of hints.meta.keys()) if (key.length <= 40) features.set(`m:${key}`, 1)
  if (hints.title !== null) contentTokens(hints.title, null, (word) => features.set(`ti:${word}`, 1))
  if (url !== null) urlWords(url, (word) => features.set(`u:${word}`, 1))

  const inLink = new Set<Parents>()
  let textChars = 0
  let linkChars = 0
  let sampled = 0
  let prices = 0
  let elements = 0
  let longestRun = 0
  let gridParents = 0
  let paragraphChars = 0
  const words = new Set<string>()
  const addWord = (word: string): void => {
    words.add(word)
  }
  walk(tree, (node, parent) => {
    if (node.type === 'text') {
      const chars = node.value.trim().length
      if (chars === 0) return
      textChars += chars
      if (inLink.has(parent)) linkChars += chars
      prices += countPrices(node.value)
      if (parent.type === 'element' && parent.tagName === 'p') paragraphChars += chars
      if (sampled < WORD_SAMPLE_CHARS) {
        sampled += chars
        contentTokens(node.value, null, addWord)
      }
      return
    }
    if (node.type !== 'element') return false
    const tag = node.tagName
    if (INVISIBLE.has(tag)) return false
    elements++
    const tagFeature = TAG_FEATURES.get(tag)
    if (tagFeature !== undefined) add(features, tagFeature)
    if (tag === 'a' || inLink.has(parent)) inLink.add(node)
    const itemtype = attribute(node, 'itemType')
    if (itemtype !== null) addType(itemtype.slice(itemtype.lastIndexOf('/') + 1).toLowerCase())
    for (const word of classTokens(node)) if (word.length > 2 && word.length <= MAX_CLASS_WORD) add(features, `c:${word}`)
    const run = repeatedChildren(node)
    if (run > longestRun) longestRun = run
    if (run >= 4 && tag !== 'ul' && tag !== 'ol' && tag !== 'select' && tag !== 'tbody') gridParents++
    return true
  })
  logCounts(features, 'n:tag-')
  logCounts(features, 'c:')
  features.set('n:elements', Math.log1p(elements))
  features.set('n:text', Math.log1p(textChars))
  features.set('n:link-share', share(linkChars, textChars))
  features.set('n:p-share', share(paragraphChars, textChars))
  features.set('n:prices', Math.log1p(prices))
  features.set('n:longest-run', Math.log1p(longestRun))
  features.set('n:grids', Math.log1p(gridParents))
  features.set('n:types', Math.log1p(types))
  return {features, words}
}

/** A line's shape: its length bucket, whether it is mostly digits, whether it ends a sentence; runs of one shape are cards and posts. */
function lineShape(block: Block): number {
  const {words, digitShare, endsSentence} = block.measures
  const size = words <= 2 ? 0 : words <= 6 ? 1 : words <= 20 ? 2 : 3
  return size * 4 + (digitShare > 0.3 ? 2 : 0) + (endsSentence ? 1 : 0)
}

/**
 * The features of a text dump, from its lines: one pass, words read from the
 * first `WORD_SAMPLE_CHARS` characters.
 *
 * @param known The model's words, when guessing: only those are kept, found
 *   where they stand in each line (a dump's first screens hold some 650
 *   distinct words, most unknown to the model, and making a string of each
 *   only for the model to miss it cost more than hashing its characters in
 *   place). Null, as training needs: every word.
 */
export function textPageFeatures(blocks: readonly Block[], url: string | null, known: WordIndex | null = null): PageEvidence {
  const features: PageFeatures = new Map()
  if (url !== null) urlWords(url, (word) => features.set(`u:${word}`, 1))
  let chars = 0
  let sampled = 0
  let short = 0
  let long = 0
  let sentences = 0
  let code = 0
  let prices = 0
  let numeric = 0
  let sameShape = 0
  let previousShape = -1
  let linkLike = 0
  let words = 0
  const distinct = new Set<string>()
  const addWord = (word: string): void => {
    distinct.add(word)
  }
  const addKnown = (lower: string, start: number, end: number): void => {
    const at = known === null ? -1 : known.find(lower, start, end)
    if (at >= 0) distinct.add(known?.words[at] as string)
  }
  for (const block of blocks) {
    tickDeadline('page-type')
    const {text, measures} = block
    chars += measures.chars
    words += measures.words
    if (measures.words <= 3) short++
    if (measures.words > 30) long++
    if (measures.endsSentence) sentences++
    if (measures.digitShare > 0.5) numeric++
    if (measures.hasLinkLike) linkLike++
    if (measures.words > 1 && looksLikeCode(text)) code++
    if (countPrices(text) > 0) prices++
    const shape = lineShape(block)
    if (shape === previousShape) sameShape++
    previousShape = shape
    if (sampled < WORD_SAMPLE_CHARS) {
      sampled += measures.chars
      if (known === null) contentTokens(text, null, addWord)
      else contentTokenSpans(text, addKnown)
    }
  }
  const lines = blocks.length
  features.set('n:lines', Math.log1p(lines))
  features.set('n:text', Math.log1p(chars))
  features.set('n:words-per-line', Math.log1p(share(words, lines)))
  features.set('n:short-share', share(short, lines))
  features.set('n:long-share', share(long, lines))
  features.set('n:sentence-share', share(sentences, lines))
  features.set('n:numeric-share', share(numeric, lines))
  features.set('n:link-like-share', share(linkLike, lines))
  features.set('n:code-share', share(code, lines))
  features.set('n:price-share', share(prices, lines))
  features.set('n:prices', Math.log1p(prices))
  features.set('n:same-shape-share', share(sameShape, lines))
  return {features, words: distinct}
}
