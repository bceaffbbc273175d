import type {Block} from '../blocks/block.js'
import {applyRules, classifyRemaining, type Decisions} from '../classify/classify.js'
import {countProseAfter, findBodyRegion, makeSegment, markListings, type Segment} from '../classify/region.js'
import {selectSegments} from '../classify/topic.js'
import {markIntroducedLists} from '../classify/classify.js'
import {markContents} from '../classify/contents.js'
import {findTitle} from '../metadata/title.js'
import {detectLanguage} from '../metadata/language.js'
import {sampleHeaviest} from '../metadata/sample.js'
import {stopWordShare, stopWordsOf} from '../text/stop-words.js'
import type {ResolvedOptions} from '../options.js'
import {keepListingsWhole} from '../decide/stages/whole-listings.js'
import {threadSegments} from '../decide/stages/thread-region.js'
import type {LineFinding} from '../rules/finding.js'
import {RULES, type Rule, type RuleContext} from '../rules/index.js'
import type {RemovalReason} from '../types.js'
import {checkDeadline} from '../util/deadline.js'

/**
 * Removals that stand under a headline, by how much they say "the line above
 * is the headline": a byline or a date says it most; a share bar or a caption
 * also follows tag lists and teasers.
 */
const UNDER_TITLE: ReadonlyMap<RemovalReason, number> = new Map<RemovalReason, number>([
  ['byline', 1],
  ['date', 1],
  ['social-handle', 0.6],
  ['archive-notice', 0.6],
  ['caption', 0.5],
  ['share-bar', 0.85]
])

/** What the decision stages conclude about a page's blocks. */
export interface Decided {
  /** Per block: `null` keeps it in the body, a tag removes it with a reason. */
  decisions: Decisions
  /** The headline block, or -1. Its decision is `title`. */
  titleIndex: number
  /** The body segments the classifier kept. */
  segments: readonly Segment[]
  /** ISO 639-1 language of the page's longest lines, or `null`. */
  language: string | null
  /** Per block: 1 for a line of a listing (see `markListings`), which the body prints as code. */
  listings: Uint8Array
  /** What the rules found on the lines they removed, in page order (see `applyRules`). */
  findings: readonly LineFinding[]
}

/**
 * Decide, for every block of a page, whether it is body or boilerplate and
 * why. Shared by the text and HTML paths: both reduce a page to blocks first.
 *
 * Order matters: line rules first (what they name costs in the body search
 * and cannot be the title), then the body region, then the title above it (a
 * headline is found by its place relative to the article), then positional
 * rules and the classifier for what no rule named.
 *
 * @param isRepeated whether a line is furniture learned across the site's
 *   pages (see `createCleaner`); such lines are removed like rule matches.
 * @param registry The rules, in the order they are tried (tests reorder them).
 */
export function decideBlocks(
  blocks: readonly Block[],
  settings: Readonly<ResolvedOptions>,
  isRepeated?: (block: Block) => boolean,
  registry: readonly Rule[] = RULES
): Decided {
  const rules = registry.filter((rule) => settings.rules[rule.name] !== false)
  const proseAfter = countProseAfter(blocks)
  const decisions: Decisions = blocks.map(() => null)
  const lineContext: RuleContext = {blocks, titleIndex: -1, bodyStart: -1, bodyEnd: -1, proseAfter: (i) => proseAfter[i] ?? 0}
  const findings: LineFinding[] = []
  applyRules(blocks, lineContext, rules.filter((rule) => !rule.positional), decisions, findings)
  checkDeadline('rules')
  // Lines learned as the site's furniture cannot be the title, and go after
  // the classifier (a rule's reason says more than "it recurs"). They weigh
  // nothing in the body search: recurring prose must not draw the region, and
  // a wiki's recurring section headings must not split its articles.
  const repeated = new Uint8Array(blocks.length)
  if (isRepeated) for (const block of blocks) if (decisions[block.index] === null && isRepeated(block)) repeated[block.index] = 1

  // The language from the wordiest lines no rule named: most likely the
  // article's prose (a long URL or a script line has few words).
  const unnamed = blocks.filter((block) => decisions[block.index] === null)
  const language = detectLanguage(sampleHeaviest(unnamed, (block) => block.measures.words, (block) => block.text, settings.languageSampleChars))
  const stopWords = stopWordsOf(language)
  // Learned furniture weighs nothing, and neither does a list the text
  // introduces with a colon (its short items are not a menu), nor the
  // article's table of contents (it parts the lead from the sections), nor
  // what rules name as furniture inside articles (a video's buttons).
  const neutral = Uint8Array.from(repeated)
  markIntroducedLists(blocks, decisions, neutral)
  const contents = new Uint8Array(blocks.length)
  markContents(blocks, contents)
  for (let i = 0; i < blocks.length; i++) if (contents[i] === 1) neutral[i] = 1
  const inArticleRules = new Set(rules.filter((rule) => rule.inArticle).map((rule) => rule.name))
  const inArticle = (i: number): boolean => inArticleRules.has(decisions[i]?.rule ?? '')
  for (let i = 0; i < blocks.length; i++) if (inArticle(i)) neutral[i] = 1
  const listings = markListings(blocks)
  const dense = findBodyRegion(blocks, (i) => decisions[i] !== null, stopWords ? (block) => stopWordShare(block.text, stopWords) : undefined, neutral, listings)
  // A thread's posts are all the content, on its topic or not (see threadSegments).
  const segments = settings.pageType === 'forum' ? threadSegments(dense.segments) : selectSegments(blocks, dense.segments, (i) => decisions[i]?.reason ?? null, stopWords)
  // A page with no prose at all (a list, a table, one truncated line) has no
  // region: then the whole page is the region, and only rules remove.
  const first = segments[0]
  let region = first
    ? {start: first.start, end: (segments.at(-1) as Segment).end, segments}
    : {start: 0, end: blocks.length - 1, segments: [makeSegment(0, blocks.length - 1, 0, true)]}
  const titleIndex = findTitle(blocks, region.start, {
    segments: region.segments,
    isBoilerplate: (i) => decisions[i] !== null || repeated[i] === 1,
    metaStrength: (i) => {
      const reason = decisions[i]?.reason
      return reason === undefined ? 0 : (UNDER_TITLE.get(reason) ?? 0)
    },
    stopWords
  })
  if (titleIndex > region.start) {
    // The headline stands over the main segment (see findTitle): a segment
    // above the headline is not the article's.
    const below = region.segments.filter((segment) => segment.end > titleIndex)
    const start = (below[0] as Segment | undefined)?.start
    if (start !== undefined && start > titleIndex) region = {start, end: region.end, segments: below}
  }
  if (titleIndex >= 0) {
    const title = (blocks[titleIndex] as Block).text
    const key = title.toLowerCase()
    for (const block of blocks) {
      if (decisions[block.index] === null && block.text.length === title.length && block.text.toLowerCase() === key) decisions[block.index] = {reason: 'title', rule: 'title', start: block.index}
    }
  }

  checkDeadline('title')
  // The contents list stays out of the body, now that it may stand inside the region.
  for (let i = 0; i < blocks.length; i++) if (contents[i] === 1 && decisions[i] === null && i !== titleIndex) decisions[i] = {reason: 'navigation', rule: 'table-of-contents', start: i}
  const context: RuleContext = {...lineContext, titleIndex, bodyStart: region.start, bodyEnd: region.end}
  applyRules(blocks, context, rules.filter((rule) => rule.positional), decisions, findings)
  classifyRemaining(blocks, region, settings.strictness, decisions, inArticle)
  for (let i = 0; i < blocks.length; i++) {
    // Learned furniture the classifier took out as low-content says more as
    // what it is: a line every page of the site has.
    if (repeated[i] === 1 && (decisions[i] === null || decisions[i]?.rule === 'classifier')) decisions[i] = {reason: 'repeated-across-pages', rule: 'repeated-across-pages', start: i}
  }
  keepListingsWhole(listings, decisions, titleIndex)
  return {decisions, titleIndex, segments: region.segments, language, listings, findings}
}
