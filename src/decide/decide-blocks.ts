import type {Block} from '../segment/block.js'
import type {Decisions} from './classify/classify-blocks.js'
import {countProseAfter, type Segment} from './classify/region.js'
import type {ResolvedOptions} from '../options.js'
import type {DecideState, Stage} from './stage.js'
import {bodyRegion} from './stages/body-region.js'
import {classifier} from './stages/classifier.js'
import {contentsList} from './stages/contents-list.js'
import {headline} from './stages/headline.js'
import {learnedLines} from './stages/learned-lines.js'
import {lineRules} from './stages/line-rules.js'
import {listings} from './stages/listings.js'
import {neutralLines} from './stages/neutral-lines.js'
import {pageLanguage} from './stages/page-language.js'
import {positionalRules} from './stages/positional-rules.js'
import {repeatedLines} from './stages/repeated-lines.js'
import {wholeListings} from './stages/whole-listings.js'
import type {LineFinding} from './rules/finding.js'
import {RULES, type Rule, type RuleContext} from './rules/index.js'

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
 * The shared decision stages, in the order they run. Order matters: line
 * rules first (what they name costs in the body search and cannot be the
 * title), then the body region, then the title above it (a headline is found
 * by its place relative to the article), then positional rules and the
 * classifier for what no rule named. Each stage's file says what it reads and
 * decides; `Decisions` says which may overwrite which.
 */
export const DECISION_STAGES: readonly Stage[] = [
  lineRules,
  learnedLines,
  pageLanguage,
  neutralLines,
  listings,
  bodyRegion,
  headline,
  contentsList,
  positionalRules,
  classifier,
  repeatedLines,
  wholeListings
]

/**
 * The state before the first stage: every block kept, nothing found.
 *
 * @param registry The rules, in the order they are tried; the settings turn some off.
 */
export function startDecideState(
  blocks: readonly Block[],
  settings: Readonly<ResolvedOptions>,
  isRepeated: ((block: Block) => boolean) | undefined,
  registry: readonly Rule[]
): DecideState {
  const proseAfter = countProseAfter(blocks)
  const lineContext: RuleContext = {blocks, titleIndex: -1, bodyStart: -1, bodyEnd: -1, proseAfter: (i) => proseAfter[i] ?? 0}
  const none = new Uint8Array(0)
  return {
    blocks,
    settings,
    rules: registry.filter((rule) => settings.rules[rule.name] !== false),
    isRepeated,
    lineContext,
    decisions: blocks.map(() => null),
    findings: [],
    repeated: none,
    language: null,
    stopWords: null,
    neutral: none,
    contents: none,
    inArticle: () => false,
    listings: none,
    region: {start: -1, end: -1, segments: []},
    titleIndex: -1
  }
}

/**
 * Decide, for every block of a page, whether it is body or boilerplate and
 * why: run `DECISION_STAGES` in order. Shared by the text and HTML paths:
 * both reduce a page to blocks first.
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
  const state = startDecideState(blocks, settings, isRepeated, registry)
  for (const stage of DECISION_STAGES) stage.run(state)
  const {decisions, titleIndex, region, language, listings: listingLines, findings} = state
  return {decisions, titleIndex, segments: region.segments, language, listings: listingLines, findings}
}
