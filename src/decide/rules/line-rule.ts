import type {Block} from '../../segment/block.js'
import type {RemovalReason} from '../../types.js'
import type {Finding, FindingKind} from './finding.js'

/** What a rule says when it matches. */
export interface RuleMatch {
  /**
   * How many blocks, starting at this one, the match removes together (a
   * comment form or a menu is one widget made of many lines).
   * @default 1
   */
  span?: number
  /**
   * What the rule found on the line besides that it is boilerplate (an
   * author, a caption, a date): metadata is read from these, never from the
   * removed line's text.
   */
  findings?: readonly Finding[]
}

/** Read-only facts about the page that rules may consult. */
export interface RuleContext {
  /** All blocks of the page, in order. */
  readonly blocks: readonly Block[]
  /** Index of the block chosen as the title, or -1. */
  readonly titleIndex: number
  /** First block of the densest body region (see `findBodyRegion`), or -1 when there is none. */
  readonly bodyStart: number
  /** Last block of the densest body region, or -1. */
  readonly bodyEnd: number
  /** How many sentence-like blocks of 15+ words follow block `index`. */
  proseAfter(index: number): number
}

/**
 * One kind of boilerplate. Rules are pure: a function of the block and a
 * read-only context, no module state, so they serve the text and HTML paths
 * alike and can run in any worker.
 */
export interface Rule {
  /** Kebab-case name of the kind of boilerplate; never a site's name. */
  readonly name: string
  /** The reason removals by this rule report. */
  readonly reason: RemovalReason
  /** One sentence, in prose, of what the rule matches (the README's rules table is made from it). */
  readonly matches: string
  /**
   * Set on rules that depend on where the title is: they are left out when
   * the title itself is being looked for.
   */
  readonly positional?: true
  /**
   * Set on rules whose matches sit inside articles (a video's buttons in the
   * story): they weigh nothing in the body search, where other removals cost
   * like a notice, so that a one-word button does not part a story's lead
   * from its body.
   */
  readonly inArticle?: true
  /**
   * The kinds of finding the rule's matches may carry. A rule that sets this
   * is also tried on lines an earlier rule removed, so that its findings do
   * not depend on the order of the rules.
   */
  readonly reports?: readonly FindingKind[]
  /** Whether the rule matches block `block`; `undefined` when it does not. */
  test(block: Block, context: RuleContext): RuleMatch | undefined
}
