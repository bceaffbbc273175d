import type {Block} from '../../segment/block.js'
import type {Strictness} from '../../options.js'
import type {FindingKind, LineFinding} from '../rules/finding.js'
import type {Rule, RuleContext, RuleMatch} from '../rules/line-rule.js'
import type {Segment} from './region.js'
import type {RemovalReason} from '../../types.js'
import {tickDeadline} from '../../util/deadline.js'
import {isLabelLike, startsWithListMarker} from '../../util/patterns.js'

/** Why a block left the body; blocks that stay have no decision. */
export interface RemovalTag {
  reason: RemovalReason
  rule: string
  /** First block of the run removed together (a widget's span). */
  start: number
  /** The block scorer's score, on its own removals (see src/decide/stages/block-scorer.ts). */
  score?: number
}

/**
 * Per block: `null` keeps it, a tag removes it. The stages write it in this
 * order, each only where stated (any other entry is left as it was). The
 * shared stages are `DECISION_STAGES` (src/decide/decide-blocks.ts), one file each
 * under src/decide/stages/; each states these rights in its `decides` field,
 * and test/decide-stages.test.ts checks them on every fixture:
 *
 * | stage (src/decide/stages/)         | may set                     | over                                |
 * | ---------------------------------- | --------------------------- | ----------------------------------- |
 * | line-rules                         | a rule's tag                | `null`                              |
 * | learned-lines, page-language,      | nothing (they mark lines,   |                                     |
 * | neutral-lines, listings,           | find the language and the   |                                     |
 * | body-region                        | region)                     |                                     |
 * | headline                           | `title`                     | `null`                              |
 * | contents-list                      | `table-of-contents`         | `null`                              |
 * | positional-rules                   | a rule's tag                | `null`                              |
 * | classifier                         | `classifier`, or `null`     | `null`; its own `classifier`        |
 * | repeated-lines                     | `repeated-across-pages`     | `null`, `classifier`                |
 * | whole-listings                     | `null`                      | any but the headline's, in a listing |
 * | keep-cards (collection, listing)   | `null`                      | low-content, header-promo in a card grid |
 * | text-cards (dumps read as cards)   | `null`                      | low-content, header-promo; a menu run of figures |
 * | whole-sections (service, text)     | `null`                      | low-content between kept sections   |
 * | post-furniture (forum)             | `post-controls`, `poster-card` | `null`                           |
 * | article-items (article, doc, text) | `null`                      | `classifier` runs between kept blocks |
 * | related-tail (article, text)       | `related-links`             | `null` below a late related header |
 * | structure-revision (HTML)          | `null`, `tables-option`     | layout guesses, captions; table units |
 * | markup-title (HTML)                | `title`, `null`             | a kept heading; `title`             |
 * | block-scorer (HTML, gated kinds)   | `low-score`, `null`         | `null`; `classifier`                |
 *
 * The shared stages change the one array in place, in turn; the kinds' stages
 * and the last two (HTML only) run after them. On forum pages the body region
 * is the thread (src/decide/stages/thread-region.ts).
 */
export type Decisions = (RemovalTag | null)[]

/**
 * Pass 1: try the rules on each block, in registry order; the first match
 * removes the block, or the run of blocks its span covers. The title block is
 * never a rule's: it has been taken into metadata already. The rules after
 * the first match that report findings (`reports`) are tried on the block
 * too, and every match's findings are kept: the order of the rules decides a
 * line's reason, never what metadata learns from it.
 */
export function applyRules(
  blocks: readonly Block[],
  context: RuleContext,
  rules: readonly Rule[],
  decisions: Decisions,
  findings: LineFinding[] = []
): void {
  for (let i = 0; i < blocks.length; ) {
    tickDeadline('rules')
    const block = blocks[i] as Block
    if (decisions[i] !== null || i === context.titleIndex) {
      i++
      continue
    }
    let span = 0
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as Rule
      const match = rule.test(block, context)
      if (!match) continue
      collectFindings(block, context, rules, r, match, findings)
      span = Math.max(1, match.span ?? 1)
      for (let j = i; j < i + span && j < blocks.length; j++) {
        if (j === context.titleIndex || decisions[j] !== null) {
          span = j - i
          break
        }
        decisions[j] = {reason: rule.reason, rule: rule.name, start: i}
      }
      break
    }
    i += Math.max(1, span)
  }
}

/** Rank of each kind of finding among a line's findings: fixed, so that they do not follow the rules' order. */
const KIND_RANK: Readonly<Record<FindingKind, number>> = {byline: 0, 'author-bio': 1, 'social-handle': 2, caption: 3, date: 4, headline: 5, archived: 6, 'site-name': 7}

/** The findings of the match of rule `first` on a block and of every later rule that reports findings and matches it, in a fixed order of kind. */
function collectFindings(block: Block, context: RuleContext, rules: readonly Rule[], first: number, match: RuleMatch, findings: LineFinding[]): void {
  const found: LineFinding[] = []
  const add = (rule: Rule, own: RuleMatch): void => {
    for (const finding of own.findings ?? []) found.push({index: block.index, rule: rule.name, finding})
  }
  add(rules[first] as Rule, match)
  for (let r = first + 1; r < rules.length; r++) {
    const rule = rules[r] as Rule
    if (rule.reports === undefined) continue
    const other = rule.test(block, context)
    if (other) add(rule, other)
  }
  if (found.length > 1) found.sort((a, b) => KIND_RANK[a.finding.kind] - KIND_RANK[b.finding.kind] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
  for (const entry of found) findings.push(entry)
}

/**
 * Prose long enough to stand on its own outside the body segments, by
 * strictness: only `recall` keeps such stray prose (teasers of other stories
 * look just like it; on the corpus keeping it at 20 words cost 0.020
 * precision for 0.018 recall).
 */
const GOOD_PROSE_WORDS: Readonly<Record<Strictness, number>> = {precision: Infinity, balanced: Infinity, recall: 20}
const MAX_LABEL_WORDS = 4

/** Whether a block reads as prose of at least `minWords` (its paragraph's, when it is wrapped). */
function isProse(block: Block, minWords: number): boolean {
  const {paragraph} = block
  return paragraph.endsSentence && paragraph.words >= minWords && !block.measures.hasLinkLike
}

/**
 * Pass 2: the blocks no rule named. Inside the body region they are the
 * article. Outside it, prose that stands on its own (an article split by a
 * widget, a second part after a video) is kept, and the rest is page
 * furniture the rules have no name for (`low-content`). `precision` keeps the
 * densest region only; `recall` keeps shorter prose outside it too.
 */
export function classifyRemaining(
  blocks: readonly Block[],
  region: {segments: readonly Segment[]},
  strictness: Strictness,
  decisions: Decisions,
  inArticle: (index: number) => boolean = () => false
): void {
  const minWords = GOOD_PROSE_WORDS[strictness]
  const inSegment = new Uint8Array(blocks.length)
  // `precision` trusts the main segment alone; the others may be teasers.
  const main = region.segments.find((segment) => segment.main === true) ?? region.segments[0]
  const segments = strictness === 'precision' ? (main ? [main] : []) : region.segments
  for (const segment of segments) inSegment.fill(1, segment.start, segment.end + 1)
  for (const block of blocks) {
    const i = block.index
    if (decisions[i] !== null || inSegment[i] === 1) continue
    if (!isProse(block, minWords)) decisions[i] = {reason: 'low-content', rule: 'classifier', start: i}
  }
  // Pass 3, as jusText does: revise short blocks by their neighbours. A label
  // between two removed blocks is part of the furniture around it; one between
  // kept blocks outside the segments (a heading, a list item) is part of the text.
  for (const block of blocks) {
    const i = block.index
    if (inSegment[i] === 0 && decisions[i]?.rule === 'classifier' && strictness !== 'precision' && isSandwiched(blocks, decisions, i)) {
      decisions[i] = null
      continue
    }
    if (decisions[i] !== null || !isLabelLike(block.text, MAX_LABEL_WORDS)) continue
    // What a rule names as furniture inside articles (a wiki's "Main
    // article: …" under each section heading) does not make a label next to
    // it furniture: the blocks beyond it decide.
    let previous = i - 1
    while (previous >= 0 && decisions[previous] !== null && inArticle(previous)) previous--
    let next = i + 1
    while (next < blocks.length && decisions[next] !== null && inArticle(next)) next++
    const before = previous < 0 || decisions[previous] !== null
    const after = next === blocks.length || decisions[next] !== null
    const removeBoth = before && after
    const removeEither = strictness === 'precision' && (before || after) && !headsProse(blocks, decisions, i)
    if (removeBoth || removeEither) decisions[i] = {reason: 'low-content', rule: 'classifier', start: i}
  }
  keepIntroducedLists(blocks, decisions)
}

/** A sentence that ends with a colon announces what follows: "The rankings were as follows:". */
function introduces(text: string): boolean {
  return text.endsWith(':') || text.endsWith('：')
}

/**
 * Visit the list items that a kept line introduces with a colon, in order,
 * for as long as `open` says an item may still belong to its list.
 */
function eachIntroducedItem(blocks: readonly Block[], decisions: Decisions, open: (index: number) => boolean, visit: (index: number) => void): void {
  for (const block of blocks) {
    if (decisions[block.index] !== null || !introduces(block.text) || block.measures.words < 3) continue
    for (let j = block.index + 1; j < blocks.length && open(j) && startsWithListMarker((blocks[j] as Block).text); j++) visit(j)
  }
}

/** Mark (with 1) the list items that a line no rule removed introduces with a colon: they weigh nothing in the body search. */
export function markIntroducedLists(blocks: readonly Block[], decisions: Decisions, marks: Uint8Array): void {
  eachIntroducedItem(blocks, decisions, (j) => decisions[j] === null, (j) => (marks[j] = 1))
}

/**
 * Pass 4: a list the kept text introduces with a colon is the text's, however
 * short its items ("1. Finland", "2. Norway"): the classifier took them for a
 * menu. Only items it removed come back; a rule's removal stands.
 */
function keepIntroducedLists(blocks: readonly Block[], decisions: Decisions): void {
  eachIntroducedItem(
    blocks,
    decisions,
    (j) => decisions[j] === null || decisions[j]?.rule === 'classifier',
    (j) => (decisions[j] = null)
  )
}

/** Lines a kept run outside the region may hold between two prose blocks. */
const MAX_SANDWICH_LINES = 3

/** Whether kept prose stands within a few lines on both sides of block `index`. */
function isSandwiched(blocks: readonly Block[], decisions: Decisions, index: number): boolean {
  let before = false
  for (let j = index - 1; j >= Math.max(0, index - MAX_SANDWICH_LINES); j--) {
    if (decisions[j] === null) {
      before = true
      break
    }
    if (decisions[j]?.rule !== 'classifier') return false
  }
  if (!before) return false
  for (let j = index + 1; j <= Math.min(blocks.length - 1, index + MAX_SANDWICH_LINES); j++) {
    if (decisions[j] === null) return true
    if (decisions[j]?.rule !== 'classifier') return false
  }
  return false
}

/** Whether the next kept block after `index` is prose: then a label before it is a heading. */
export function headsProse(blocks: readonly Block[], decisions: Decisions, index: number): boolean {
  for (let j = index + 1; j < blocks.length; j++) {
    if (decisions[j] !== null) continue
    const {words, endsSentence} = (blocks[j] as Block).measures
    return endsSentence && words >= 8
  }
  return false
}
