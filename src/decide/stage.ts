import type {Block} from '../segment/block.js'
import type {Decisions, RemovalTag} from './classify/classify-blocks.js'
import type {Segment} from './classify/region.js'
import type {ResolvedOptions} from '../options.js'
import type {LineFinding} from './rules/finding.js'
import type {Rule, RuleContext} from './rules/line-rule.js'

/** The body region the stages narrow down: its first and last block and its segments. */
export interface Region {
  start: number
  end: number
  segments: readonly Segment[]
}

/**
 * What the shared decision stages know of a page, filled in stage by stage.
 * Each stage names the fields it reads and the ones it writes (see `Stage`);
 * the type checker holds it to them.
 */
export interface DecideState {
  /** The page's blocks, in order. */
  readonly blocks: readonly Block[]
  readonly settings: Readonly<ResolvedOptions>
  /** The rules the settings leave on, in the order they are tried. */
  readonly rules: readonly Rule[]
  /** Whether a line is furniture learned across the site's pages, or `undefined` when nothing was learned. */
  readonly isRepeated: ((block: Block) => boolean) | undefined
  /** What the line rules know: no title and no region yet. */
  readonly lineContext: RuleContext
  /** Per block, the decision so far (see `Decisions` for who may overwrite what). */
  readonly decisions: Decisions
  /** What the rules found on the lines they removed, in page order. */
  readonly findings: LineFinding[]
  /** Per block: 1 for a line learned as the site's furniture that no rule named. */
  repeated: Uint8Array
  /** ISO 639-1 language of the page's prose, or `null`. */
  language: string | null
  /** Stop words of that language, or `null`. */
  stopWords: ReadonlySet<string> | null
  /** Per block: 1 for a line that weighs nothing in the body search. */
  neutral: Uint8Array
  /** Per block: 1 for a line of the article's table of contents. */
  contents: Uint8Array
  /** Whether a block's decision is a rule's that names furniture inside articles. */
  inArticle: (index: number) => boolean
  /** Per block: 1 for a line of a listing (printed as code). */
  listings: Uint8Array
  /** The body region. */
  region: Region
  /** The headline block, or -1. */
  titleIndex: number
}

/**
 * A decision's kind, as the `Decisions` table names it: `kept` (`null`), a
 * named stage's own tag (`title`, `classifier`, …), or `rule` for any
 * rule's.
 */
export type DecisionKind = 'kept' | 'rule' | 'title' | 'table-of-contents' | 'classifier' | 'repeated-across-pages' | 'tables-option'

const STAGE_TAGS: ReadonlySet<string> = new Set<DecisionKind>(['title', 'table-of-contents', 'classifier', 'repeated-across-pages', 'tables-option'])

/** The kind of a decision (see `DecisionKind`). */
export function decisionKind(tag: RemovalTag | null | undefined): DecisionKind {
  if (tag === null || tag === undefined) return 'kept'
  return STAGE_TAGS.has(tag.rule) ? (tag.rule as DecisionKind) : 'rule'
}

/** What a stage may do to the decisions: set a kind in `sets` on a block whose decision is of a kind in `over`. */
export interface DecisionRights {
  sets: readonly DecisionKind[]
  over: readonly DecisionKind[]
}

/** A named decision stage, with what it reads and writes stated (and checked: see `defineStage`). */
export interface Stage {
  name: string
  reads: readonly (keyof DecideState)[]
  writes: readonly (keyof DecideState)[]
  /** What it may change in the decisions, or `null` when it changes none. */
  decides: DecisionRights | null
  run(state: DecideState): void
}

/**
 * Define a stage. Its `run` sees only the fields it lists in `reads`
 * (read-only) and `writes`: a stage that touches another field does not
 * compile.
 */
export function defineStage<R extends keyof DecideState, W extends keyof DecideState>(stage: {
  name: string
  reads: readonly R[]
  writes: readonly W[]
  decides: DecisionRights | null
  run(state: Readonly<Pick<DecideState, R>> & Pick<DecideState, W>): void
}): Stage {
  return stage
}
